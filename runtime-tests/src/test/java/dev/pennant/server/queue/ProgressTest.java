package dev.pennant.server.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.ServedApp;
import dev.pennant.server.SseReader;
import dev.pennant.testapp.SlowCount;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A method with a {@code Progress} parameter reports progress that reaches the queue stream as Gradio's messages. */
class ProgressTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(SlowCount.class);



    @Test
    void countingToTenSendsProgressMessagesBeforeTheResult() {
        app.http.post("gradio_api/queue/join", SseReader.joinBody("[10]", 0, "count"));
        List<JsonNode> progress = new ArrayList<>();
        JsonNode completed = null;
        try (SseReader stream = SseReader.open(app.server, "gradio_api/queue/data?session_hash=count")) {
            for (JsonNode m; (m = stream.nextMessage()) != null; ) {
                switch (m.get("msg").asText()) {
                    case "progress" -> progress.add(m);
                    case "process_completed" -> completed = m;
                    default -> { }
                }
            }
        }
        assertTrue(completed != null && completed.get("success").asBoolean());
        assertEquals("[\"Counted to 10\"]", completed.get("output").get("data").toString());

        assertTrue(progress.size() >= 2, "the first and the last update always get through: " + progress);
        assertTrue(progress.size() <= 10, "at most one message per update");
        double previous = 0;
        for (JsonNode message : progress) {
            JsonNode entry = message.get("progress_data").get(0);
            double fraction = entry.get("progress").asDouble();
            assertTrue(fraction > previous && fraction <= 1, "progress grows: " + progress);
            previous = fraction;
            assertEquals("Counting", entry.get("desc").asText());
            assertEquals("steps", entry.get("unit").asText());
            assertTrue(entry.get("index").isNull() && entry.get("length").isNull());
        }
        assertEquals(1.0, previous, "the last update, 10 of 10, is always sent");
    }

    @Test
    void runAndCallWorkForAMethodThatReportsProgress() {
        assertEquals("[\"Counted to 2\"]", app.http.run("slow_count", "[2]").json().get("data").toString());
        String eventId = app.http.post("gradio_api/call/slow_count", "{\"data\":[3]}").json().get("event_id").asText();
        assertEquals("event: complete\ndata: [\"Counted to 3\"]\n\n", app.http.get("gradio_api/call/slow_count/" + eventId).body());
    }

    @Test
    void infoListsTheDefaultAndTheInlineExample() {
        JsonNode steps = app.http.get("gradio_api/info?serialize=False&all_endpoints=True").json()
                .get("named_endpoints").get("/slow_count").get("parameters").get(0);
        assertEquals("steps", steps.get("parameter_name").asText());
        assertTrue(steps.get("parameter_has_default").asBoolean());
        assertEquals(10.0, steps.get("parameter_default").asDouble());
        assertEquals("4", steps.get("example_input").toString());
        assertEquals("int", steps.get("python_type").get("type").asText());
        assertEquals("Number", steps.get("component").asText());
    }
}
