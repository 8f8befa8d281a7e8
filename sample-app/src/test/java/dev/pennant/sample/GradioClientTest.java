package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Gradio's official JavaScript client ({@code @gradio/client}, installed by the build) calls the calculator. */
class GradioClientTest {

    @Test
    void gradioJavaScriptClientGetsTwelveFromFiveAddSeven() {
        try (RunningDemo demo = RunningDemo.of(Calculator.class)) {
            NodeScripts.Result result = NodeScripts.run(List.of("calculator.mjs", demo.url()), Map.of(), null);
            String output = result.output();

            assertEquals(0, result.exitCode(), output);
            assertTrue(output.contains("5 add 7 = [12]"), output);
            assertTrue(output.contains("Cannot divide by zero!"), output);
        }
    }
}
