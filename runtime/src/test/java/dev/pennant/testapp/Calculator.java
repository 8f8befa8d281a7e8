package dev.pennant.testapp;

import dev.pennant.InterfaceError;

/** The guide's calculator. */
public class Calculator {
    public static double calculator(double num1, String operation, double num2) {
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
