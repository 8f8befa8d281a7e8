package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.Collections;
import java.util.List;

public final class Quiet_square_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(Quiet.class, "square")
                .apiName("predict").title("Square").flaggingMode(FlaggingMode.NEVER, true)
                .flaggingDir(FlagDirs.current() + "/never")
                .input(Component.of(ComponentType.NUMBER, "x", ValueType.of(double.class)))
                .output(Component.of(ComponentType.NUMBER, "Output", ValueType.of(double.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        throw new AssertionError("never mode must not create a flagging callback");
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) {
        return Collections.singletonList(Quiet.square((double) arguments.get(0)));
    }
}
