package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Radio;
import dev.pennant.flagging.SimpleCSVLogger;

/** The guide's SimpleCSVLogger as the callback. */
public class SimpleCalculator {
    @Interface(apiName = "simple", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/simple",
            flaggingCallback = SimpleCSVLogger.class)
    public static double calculator(double num1,
            @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }
}
