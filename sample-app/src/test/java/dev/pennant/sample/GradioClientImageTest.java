package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gradio's official JavaScript client uploads a picture to the classifier through the queue and to
 * the sepia filter, downloads the filtered PNG from its {@code url}, and sends a sepia example.
 */
class GradioClientImageTest {

    @Test
    void gradioJavaScriptClientUploadsAPictureAndGetsTheResults() throws Exception {
        Path picture = DemoImages.png("client.png", DemoImages.WARM);
        SampleExamples.install();
        try (PennantServer server = Pennant.builder().serve(SepiaFilter.class).serve(ImageClassifier.class)
                .port(0).environment(Map.of()).start()) {
            NodeScripts.Result result = NodeScripts.run(
                    List.of("images.mjs", "http://127.0.0.1:" + server.port(), picture.toString(), "40", "30"), Map.of(), null);
            String output = result.output();

            assertEquals(0, result.exitCode(), output);
            assertTrue(output.contains("classified: {\"label\":\"cat\""), output);
            assertTrue(output.contains("sepia image: image.png"), output);
            assertTrue(output.contains("sepia example: 0.png"), output);
        }
    }
}
