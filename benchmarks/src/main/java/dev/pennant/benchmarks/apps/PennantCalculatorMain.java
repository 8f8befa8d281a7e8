package dev.pennant.benchmarks.apps;

import dev.pennant.Pennant;

/**
 * The sample app as a user launches it ({@code Pennant.launch}), on the port from
 * {@code GRADIO_SERVER_PORT} (the harness sets 0). Pennant prints the ready line itself.
 */
public final class PennantCalculatorMain {

    private PennantCalculatorMain() {}

    public static void main(String[] args) {
        Pennant.launch(Calculator.class);
    }
}
