package dev.pennant.sample;

import dev.pennant.Pennant;

/** Runs the guide's demos: {@code ./mvnw -pl sample-app -am compile exec:java}, then open http://127.0.0.1:7860. */
public final class SampleApp {

    private SampleApp() {}

    public static void main(String[] args) {
        Pennant.launch(Calculator.class, SepiaFilter.class, ImageClassifier.class);
    }
}
