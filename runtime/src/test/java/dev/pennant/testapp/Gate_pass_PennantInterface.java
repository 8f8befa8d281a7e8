package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.List;

/** What the processor generates for {@code @Interface(concurrencyLimit = 2)} on {@link Gate#pass}. */
public final class Gate_pass_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(Gate.class, "pass")
                .apiName("pass").title("pass").description("").article("")
                .flaggingMode(FlaggingMode.NEVER, true).flaggingDir(FlagDirs.current())
                .concurrencyLimit(2)
                .input(Component.of(ComponentType.TEXTBOX, "name", ValueType.of(String.class)))
                .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new CSVLogger();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) throws Exception {
        return List.of(Gate.pass((String) arguments.get(0)));
    }
}
