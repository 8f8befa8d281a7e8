package dev.pennant.benchmarks.apps;

import dev.pennant.Pennant;

/** The sepia demo, launched like {@link PennantCalculatorMain}. */
public final class PennantSepiaMain {

    private PennantSepiaMain() {}

    public static void main(String[] args) {
        Pennant.launch(Sepia.class);
    }
}
