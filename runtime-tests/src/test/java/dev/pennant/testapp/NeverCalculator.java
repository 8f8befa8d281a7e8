package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Radio;

/** Never mode, flagging (never) to {@code flagged/never}, which a test may make impossible to create. */
public class NeverCalculator {
    @Interface(apiName = "never_calc", flaggingMode = FlaggingMode.NEVER, flaggingDir = "flagged/never")
    public static double calculator(double num1,
            @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }
}
