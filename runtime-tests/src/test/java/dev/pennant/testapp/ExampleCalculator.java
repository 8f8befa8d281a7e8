package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Radio;

/** Examples from a flagged directory, {@code flagged/examples}, which must hold a logs.csv at launch. */
public class ExampleCalculator {
    @Interface(apiName = "examples", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/flagged",
            examples = "flagged/examples")
    public static double calculator(double num1,
            @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }
}
