package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import dev.pennant.components.Radio;

/** The flagging guide's calculator: flag a result and it lands in {@code flagged/logs.csv}. */
public final class Calculator {

    private Calculator() {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            title = "Calculator",
            description = "Pick two numbers and an operation. Flag a result you find wrong or interesting.")
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
