package dev.pennant.testapp;

import dev.pennant.Interface;
import dev.pennant.components.Radio;

/**
 * Options written and the mode left to {@code GRADIO_FLAGGING_MODE}, which the tests set to auto: no
 * buttons, so no flag_option column. The processor refuses options beside a written AUTO; the variable
 * is how an app meets both.
 */
public class AutoCalculator {
    @Interface(apiName = "auto_calc", flaggingOptions = {"Incorrect", "Other"}, flaggingDir = "flagged/auto")
    public static double calculator(double num1,
            @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }
}
