package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import dev.pennant.components.Radio;

/** The guide's calculator, flagging to {@code flagged/} with its mode written (so GRADIO_FLAGGING_MODE does not apply). */
public class Calculator {
    @Interface(title = "Calculator", flaggingMode = FlaggingMode.MANUAL)
    public static double calculator(double num1,
            @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
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
