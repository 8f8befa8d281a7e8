package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Node suites: @gradio/client 2.7.0 calls the sample demos through the queue. */
class GradioQueueClientTest {

    @Test
    void gradiosJavaScriptClientPassesTheQueueSuite() {
        try (RunningDemo demo = RunningDemo.of(Calculator.class)) {
            NodeScripts.Result result = NodeScripts.run(List.of("--test", "--test-reporter=spec", "queue.test.mjs"),
                    Map.of("PENNANT_URL", demo.url()), null);
            assertEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("two concurrent predictions on one client"), result.output());
            assertTrue(result.output().contains("fail 0"), result.output());
        }
    }

    @Test
    void gradiosJavaScriptClientSeesTheSlowDemosProgress() {
        try (RunningDemo demo = RunningDemo.of(SlowCount.class)) {
            NodeScripts.Result result = NodeScripts.run(List.of("--test", "--test-reporter=spec", "progress.test.mjs"),
                    Map.of("PENNANT_URL", demo.url()), null);
            assertEquals(0, result.exitCode(), result.output());
            assertTrue(result.output().contains("counting to ten reports progress"), result.output());
        }
    }
}
