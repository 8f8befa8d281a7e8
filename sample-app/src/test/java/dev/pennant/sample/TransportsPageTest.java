package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The page's two transports, called in Chromium as the page calls them: each reports a prediction's
 * course through the listener's callbacks (queued, started, progress, then completed or failed).
 */
class TransportsPageTest {

    /** Runs one prediction through {@code Pennant.transports[transport]} and lists the callbacks it made. */
    private static final String RECORD = """
            var done = arguments[arguments.length - 1], seen = [];
            window.Pennant.transports[arguments[0]]({ apiName: arguments[1], fnIndex: 0, data: JSON.parse(arguments[2]) }, {
              queued: function (rank) { seen.push("queued " + rank); },
              started: function () { seen.push("started"); },
              progress: function (fraction, desc) { seen.push("progress " + fraction + " " + desc); },
              completed: function (result) { seen.push("completed " + JSON.stringify(result.data) + " " + typeof result.event_id); done(seen); },
              failed: function (error) { seen.push("failed " + error.message); done(seen); }
            });
            """;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @SuppressWarnings("unchecked")
    private static List<String> record(RunningDemo demo, String transport, String apiName, String data) {
        browser.open(demo.url());
        return (List<String>) ((JavascriptExecutor) browser.driver).executeAsyncScript(RECORD, transport, apiName, data);
    }

    @Test
    void theQueueTransportReportsTheQueueTheProgressAndTheResult() {
        try (RunningDemo demo = RunningDemo.of(SlowCount.class)) {
            assertEquals(List.of("queued 0", "started", "progress 0.5 Counting", "progress 1 Counting",
                    "completed [\"Counted to 2\"] string"), record(demo, "queue", "slow_count", "[2]"));
        }
    }

    @Test
    void theQueueTransportReportsTheMethodsErrorAndARefusedJoin() {
        try (RunningDemo demo = RunningDemo.of(Calculator.class)) {
            assertEquals(List.of("queued 0", "started", "failed Cannot divide by zero!"),
                    record(demo, "queue", "predict", "[1, \"divide\", 0]"));
            assertEquals(List.of("failed Expected 3 input values (num1, operation, num2), got 2"),
                    record(demo, "queue", "predict", "[1, \"divide\"]"));
        }
    }

    @Test
    void theRunTransportReportsTheResultOrTheError() {
        try (RunningDemo demo = RunningDemo.of(Calculator.class)) {
            assertEquals(List.of("started", "completed [12] string"), record(demo, "run", "predict", "[5, \"add\", 7]"));
            assertEquals(List.of("started", "failed Cannot divide by zero!"), record(demo, "run", "predict", "[1, \"divide\", 0]"));
        }
    }
}
