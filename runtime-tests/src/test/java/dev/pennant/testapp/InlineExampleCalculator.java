package dev.pennant.testapp;

import dev.pennant.Example;
import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Radio;

/** An inline example row. */
public class InlineExampleCalculator {
    @Example({"5", "add", "7"})
    @Interface(apiName = "inline_examples", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/inline")
    public static double calculator(double num1,
            @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }
}
