package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Gradio's official JavaScript client uploads a picture to the classifier through the queue and to
 * the sepia filter, downloads the filtered PNG from its {@code url}, and sends a sepia example.
 */
class GradioClientImageTest {

    private static final Path SCRIPTS = Path.of(System.getProperty("pennant.jsTests", "../../src/test/js"));

    @Test
    void gradioJavaScriptClientUploadsAPictureAndGetsTheResults() throws Exception {
        assertTrue(Files.isDirectory(SCRIPTS.resolve("node_modules/@gradio/client")),
                "@gradio/client is missing: the build installs it with `npm ci` in " + SCRIPTS);
        Path picture = DemoImages.png("client.png", DemoImages.WARM);
        SampleExamples.install();
        try (PennantServer server = Pennant.builder().serve(SepiaFilter.class).serve(ImageClassifier.class)
                .port(0).environment(Map.of()).start()) {
            Process node = new ProcessBuilder("node", "images.mjs", "http://127.0.0.1:" + server.port(), picture.toString(),
                    "40", "30")
                    .directory(SCRIPTS.toFile())
                    .redirectErrorStream(true)
                    .start();
            boolean finished = node.waitFor(60, TimeUnit.SECONDS);
            if (!finished) {
                node.destroyForcibly().waitFor();
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(output);

            assertTrue(finished, "the client did not finish within 60 s:\n" + output);
            assertEquals(0, node.exitValue(), output);
            assertTrue(output.contains("classified: {\"label\":\"cat\""), output);
            assertTrue(output.contains("sepia image: image.png"), output);
            assertTrue(output.contains("sepia example: 0.png"), output);
        } catch (IOException e) {
            throw new AssertionError("could not run node; install Node.js 18+", e);
        }
    }
}
