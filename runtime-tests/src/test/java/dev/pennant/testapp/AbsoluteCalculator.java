package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Radio;

/**
 * An absolute flaggingDir three directories deep, none of which exists before the first flag. The
 * annotation needs a constant, and {@code /proc/self/cwd} is (on Linux) the working directory of the
 * process that opens it, so the absolute path still lands in the tests' {@code flagged/a/b/c}.
 */
public class AbsoluteCalculator {
    @Interface(apiName = "absolute", flaggingMode = FlaggingMode.MANUAL,
            flaggingDir = "/proc/self/cwd/flagged/a/b/c")
    public static double calculator(double num1,
            @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }
}
