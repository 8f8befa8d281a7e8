package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Progress;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.List;
import java.util.Map;

/** What the processor generates for a method with a Progress parameter, a default value and an inline example. */
public final class SlowCount_slowCount_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(SlowCount.class, "slowCount")
                .apiName("slow_count").title("slow_count").description("").article("")
                .flaggingMode(FlaggingMode.MANUAL, false).flaggingDir(FlagDirs.current())
                .example("4")
                .input(Component.of(ComponentType.NUMBER, "steps", ValueType.of(int.class), Map.of("value", 10d)))
                .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new CSVLogger();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) throws Exception {
        return call(target, arguments, Progress.NONE);
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments, Progress progress) throws Exception {
        return List.of(SlowCount.slowCount((int) arguments.get(0), progress));
    }
}
