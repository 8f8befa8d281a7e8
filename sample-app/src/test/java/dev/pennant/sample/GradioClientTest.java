package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Gradio's official JavaScript client ({@code @gradio/client}, installed by the build) calls the calculator. */
class GradioClientTest {

    private static final Path SCRIPTS = Path.of(System.getProperty("pennant.jsTests", "../../src/test/js"));

    @Test
    void gradioJavaScriptClientGetsTwelveFromFiveAddSeven() throws Exception {
        assertTrue(Files.isDirectory(SCRIPTS.resolve("node_modules/@gradio/client")),
                "@gradio/client is missing: the build installs it with `npm ci` in " + SCRIPTS);
        try (RunningDemo demo = RunningDemo.of(Calculator.class)) {
            Process node = new ProcessBuilder("node", "calculator.mjs", demo.url())
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
            assertTrue(output.contains("5 add 7 = [12]"), output);
            assertTrue(output.contains("Cannot divide by zero!"), output);
        } catch (IOException e) {
            throw new AssertionError("could not run node; install Node.js 18+", e);
        }
    }
}
