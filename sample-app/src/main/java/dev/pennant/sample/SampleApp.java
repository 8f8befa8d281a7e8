package dev.pennant.sample;

import dev.pennant.Pennant;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the guide's demos: {@code ./mvnw -pl sample-app -am compile exec:java}, then open http://127.0.0.1:7860. */
public final class SampleApp {

    private SampleApp() {}

    public static void main(String[] args) {
        Pennant.Builder app = Pennant.builder()
                .serve(Calculator.class)
                .serve(SepiaFilter.class)
                .serve(ImageClassifier.class)
                .serve(TextClassifier.class)
                .serve(Summarizer.class)
                .serve(AutoEcho.class)
                .serve(NeverFlagged.class)
                .serve(Greeter.class)
                .serve(SlowCount.class)
                .serve(Postcard.class)
                .serve(ReverseAudio.class)
                .serve(VideoReplay.class)
                .serve(FilterGallery.class)
                .serve(ZipFiles.class);
        if (Files.isRegularFile(Path.of("flagged", "logs.csv"))) {
            app.serve(CalculatorExamples.class);
        } else {
            System.out.println("Flag a calculator result and restart to see it as an example (examples = \"./flagged\").");
        }
        app.start().block();
    }
}
