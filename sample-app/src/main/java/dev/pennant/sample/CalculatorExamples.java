package dev.pennant.sample;

import dev.pennant.Interface;
import dev.pennant.components.Radio;

/**
 * The guide's {@code examples="./flagged"}: the calculator's flagged rows become clickable examples.
 * The directory must hold a logs.csv at launch, so {@link SampleApp} serves this demo once something
 * has been flagged.
 */
public final class CalculatorExamples {

    private CalculatorExamples() {}

    @Interface(examples = "./flagged", apiName = "calculator_examples", title = "Calculator with examples",
            description = "Click an example (a result flagged earlier) to fill the inputs.")
    public static double calculator(
            double num1, @Radio({"add", "subtract", "multiply", "divide"}) String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }
}
