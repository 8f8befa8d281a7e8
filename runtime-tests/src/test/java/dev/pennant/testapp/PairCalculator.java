package dev.pennant.testapp;

import dev.pennant.FlagOption;
import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Radio;

/** The guide's label/value pairs. */
public class PairCalculator {
    @Interface(apiName = "pairs", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/pairs", flaggingOptionPairs = {
            @FlagOption(label = "Mark as incorrect", value = "incorrect"),
            @FlagOption(label = "Mark as offensive", value = "offensive"),
            @FlagOption(label = "Mark as problematic", value = "problematic")})
    public static double calculator(double num1,
            @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }
}
