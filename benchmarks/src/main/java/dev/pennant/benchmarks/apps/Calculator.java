package dev.pennant.benchmarks.apps;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import dev.pennant.components.Radio;

/**
 * The guide's calculator, as in the sample app. Pennant serves it through the generated class; the
 * bare Javalin baseline calls the same method directly.
 */
public final class Calculator {

    private Calculator() {}

    @Interface(flaggingMode = FlaggingMode.MANUAL, title = "Calculator")
    public static double calculator(
            double num1, @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return switch (operation) {
            case "add" -> num1 + num2;
            case "subtract" -> num1 - num2;
            case "multiply" -> num1 * num2;
            default -> {
                if (num2 == 0) {
                    throw new InterfaceError("Cannot divide by zero!");
                }
                yield num1 / num2;
            }
        };
    }
}
