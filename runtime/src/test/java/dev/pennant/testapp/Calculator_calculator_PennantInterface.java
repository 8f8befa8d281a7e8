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

/** A hand-written copy of what the processor generates for the calculator (flaggingDir from FlagDirs). */
public final class Calculator_calculator_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(Calculator.class, "calculator")
                .apiName("predict").title("Calculator").description("").article("")
                .flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current())
                .input(Component.of(ComponentType.NUMBER, "num1", ValueType.of(double.class)))
                .input(Component.of(ComponentType.RADIO, "operation", ValueType.of(String.class),
                        Map.of("choices", List.of("add", "subtract", "multiply", "divide"))))
                .input(Component.of(ComponentType.NUMBER, "num2", ValueType.of(double.class)))
                .output(Component.of(ComponentType.NUMBER, "Output", ValueType.of(double.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new CSVLogger();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) throws Exception {
        return Collections.singletonList(Calculator.calculator((double) arguments.get(0), (String) arguments.get(1),
                (double) arguments.get(2)));
    }
}
