package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;

public final class Echo_echo_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(Echo.class, "echo")
                .apiName("echo").title("").flaggingMode(FlaggingMode.AUTO, true).flaggingDir(FlagDirs.current() + "/echo")
                .input(Component.of(ComponentType.TEXTBOX, "text", ValueType.of(String.class)))
                .input(Component.of(ComponentType.NUMBER, "times", ValueType.of(int.class)))
                .input(Component.of(ComponentType.CHECKBOX, "loud", ValueType.of(boolean.class)))
                .input(Component.of(ComponentType.RADIO, "mood", ValueType.enumOf(Echo.Mood.class, Echo.Mood.values())))
                .input(Component.of(ComponentType.SLIDER, "level", ValueType.of(double.class),
                        Map.of("minimum", 0d, "maximum", 10d, "step", 0.5d)))
                .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new CSVLogger();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) {
        return Collections.singletonList(Echo.echo((String) arguments.get(0), (int) arguments.get(1),
                (boolean) arguments.get(2), (Echo.Mood) arguments.get(3), (double) arguments.get(4)));
    }
}
