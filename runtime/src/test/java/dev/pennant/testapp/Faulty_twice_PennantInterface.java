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

public final class Faulty_twice_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(Faulty.class, "twice")
                .apiName("twice").flaggingMode(FlaggingMode.MANUAL, false).flaggingDir(FlagDirs.current() + "/faulty")
                .input(Component.of(ComponentType.NUMBER, "n", ValueType.of(long.class)))
                .output(Component.of(ComponentType.NUMBER, "Output", ValueType.of(long.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new Faulty.FailingCallback();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) {
        return Collections.singletonList(Faulty.twice((long) arguments.get(0)));
    }
}
