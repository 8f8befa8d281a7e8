package dev.pennant.testapp;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.spi.InterfaceSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The calculator's components and call, shared by the hand-written "generated" variants below. */
final class CalculatorVariants {
    private CalculatorVariants() {}

    static InterfaceSpec.Builder spec(Class<?> owner, String method) {
        return InterfaceSpec.builder(owner, method)
                .input(Component.of(ComponentType.NUMBER, "num1", ValueType.of(double.class)))
                .input(Component.of(ComponentType.RADIO, "operation", ValueType.of(String.class),
                        Map.of("choices", List.of("add", "subtract", "multiply", "divide"))))
                .input(Component.of(ComponentType.NUMBER, "num2", ValueType.of(double.class)))
                .output(Component.of(ComponentType.NUMBER, "Output", ValueType.of(double.class)));
    }

    static List<Object> call(List<Object> arguments) {
        return Collections.singletonList(Calculator.calculator((double) arguments.get(0), (String) arguments.get(1),
                (double) arguments.get(2)));
    }
}
