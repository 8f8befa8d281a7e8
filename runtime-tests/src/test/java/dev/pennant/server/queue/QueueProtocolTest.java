package dev.pennant.server.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.server.SseReader;
import dev.pennant.testapp.Calculator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The calculator through Gradio's queue: join, then one event stream per session (sse_v3). */
class QueueProtocolTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(Calculator.class);



    private String join(String dataJson, String session) {
        Http.Response joined = app.http.post("gradio_api/queue/join?", SseReader.joinBody(dataJson, 0, session));
        assertEquals(200, joined.status(), joined.body());
        return joined.json().get("event_id").asText();
    }

    private List<JsonNode> readAll(SseReader stream) {
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode m; (m = stream.nextData()) != null; ) {
            messages.add(m);
        }
        return messages;
    }

    @Test
    void fiveAddSevenStreamsTwelveInGradiosFraming() {
        String eventId = join("[5, \"add\", 7]", "s1");
        try (SseReader stream = SseReader.open(app.server, "gradio_api/queue/data?session_hash=s1")) {
            assertEquals(200, stream.status);
            assertTrue(stream.contentType.startsWith("text/event-stream"), stream.contentType);
            List<JsonNode> messages = readAll(stream);
            String raw = stream.rawText();

            assertFalse(raw.contains("\r"), "LF only");
            for (String block : raw.split("\n\n")) {
                assertTrue(block.startsWith("data: ") && !block.contains("\n"), "one data line per block: " + block);
            }
            assertTrue(raw.endsWith("\n\n"));

            List<String> kinds = messages.stream().map(m -> m.get("msg").asText()).toList();
            assertEquals(List.of("estimation", "process_starts", "process_completed", "close_stream"), kinds);
            JsonNode estimation = messages.get(0);
            assertEquals(eventId, estimation.get("event_id").asText());
            assertEquals(0, estimation.get("rank").asInt());
            assertEquals(1, estimation.get("queue_size").asInt());
            assertTrue(estimation.has("rank_eta"));

            JsonNode completed = messages.get(2);
            assertEquals(eventId, completed.get("event_id").asText());
            assertTrue(completed.get("success").asBoolean());
            JsonNode output = completed.get("output");
            assertEquals("[12]", output.get("data").toString());
            assertFalse(output.has("error"), "a success must not carry an error key");
            assertFalse(output.get("is_generating").asBoolean());
            assertTrue(output.has("duration") && output.has("average_duration"));
            assertTrue(output.get("render_config").isNull());
            assertEquals("[]", output.get("changed_state_ids").toString());
            assertTrue(messages.get(3).get("event_id").isNull());
        }
    }

    @Test
    void theQueuedPredictionCanBeFlaggedByItsEventId() throws Exception {
        String eventId = join("[5, \"add\", 7]", "s2");
        try (SseReader stream = SseReader.open(app.server, "gradio_api/queue/data?session_hash=s2")) {
            readAll(stream);
        }
        Http.Response flag = app.http.flag("predict", eventId, null);
        assertEquals(200, flag.status(), flag.body());
        assertEquals(1, flag.json().get("count").asInt());
        assertEquals("num1,operation,num2,Output\n5,add,7,12\n",
                Files.readString(app.flaggingDir.resolve("logs.csv"), StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @Test
    void oneStreamCarriesEveryEventOfTheSessionAndClosesWhenNoneIsPending() {
        String first = join("[1, \"add\", 1]", "both");
        String second = join("[2, \"multiply\", 3]", "both");
        try (SseReader stream = SseReader.open(app.server, "gradio_api/queue/data?session_hash=both")) {
            List<JsonNode> messages = readAll(stream);
            Map<String, String> results = new java.util.HashMap<>();
            messages.stream().filter(m -> m.get("msg").asText().equals("process_completed"))
                    .forEach(m -> results.put(m.get("event_id").asText(), m.get("output").get("data").toString()));
            assertEquals(Map.of(first, "[2]", second, "[6]"), results);
            assertEquals("close_stream", messages.get(messages.size() - 1).get("msg").asText());
        }
    }

    @Test
    void anInterfaceErrorArrivesAsAFailedCompletionWithItsMessage() {
        String eventId = join("[1, \"divide\", 0]", "s3");
        try (SseReader stream = SseReader.open(app.server, "gradio_api/queue/data?session_hash=s3")) {
            JsonNode completed = readAll(stream).stream()
                    .filter(m -> m.get("msg").asText().equals("process_completed")).findFirst().orElseThrow();
            assertEquals(eventId, completed.get("event_id").asText());
            assertFalse(completed.get("success").asBoolean());
            assertEquals("{\"error\":\"Cannot divide by zero!\"}", completed.get("output").toString());
            assertEquals("Error", completed.get("title").asText());
        }
    }

    @Test
    void aValueTheMethodCannotTakeIsReportedOnTheStreamNamingTheInput() {
        join("[\"five\", \"add\", 7]", "s4");
        try (SseReader stream = SseReader.open(app.server, "gradio_api/queue/data?session_hash=s4")) {
            List<JsonNode> messages = readAll(stream);
            JsonNode completed = messages.get(0);
            assertEquals("process_completed", completed.get("msg").asText());
            assertFalse(completed.get("success").asBoolean());
            assertTrue(completed.get("output").get("error").asText().contains("num1"), completed.toString());
            assertEquals("close_stream", messages.get(1).get("msg").asText());
        }
        assertEquals(200, app.http.get("config").status(), "the server stays up");
    }

    @Test
    void joinRefusesRequestsItCannotPlace() {
        Http.Response noSession = app.http.post("gradio_api/queue/join", "{\"data\":[1,\"add\",2],\"fn_index\":0}");
        assertEquals(400, noSession.status());
        assertEquals("Session hash not found.", noSession.error());

        Http.Response unknown = app.http.post("gradio_api/queue/join", SseReader.joinBody("[1,\"add\",2]", 7, "x"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.error().contains("fn_index 7"), unknown.body());

        Http.Response notJson = app.http.post("gradio_api/queue/join", "{oops");
        assertEquals(400, notJson.status());
        assertTrue(notJson.error().contains("not valid JSON"));

        Http.Response noStream = app.http.get("gradio_api/queue/data?session_hash=never-joined");
        assertEquals(404, noStream.status());
        assertEquals("Session not found.", noStream.error());
    }

    @Test
    void joinAcceptsTheKeysPythonsClientSendsAndIgnoresUnknownOnes() {
        Http.Response joined = app.http.post("gradio_api/queue/join",
                "{\"data\":[6,\"subtract\",1.5],\"fn_index\":0,\"session_hash\":\"py\",\"extra\":{\"x\":1}}");
        assertEquals(200, joined.status(), joined.body());
        try (SseReader stream = SseReader.open(app.server, "gradio_api/queue/data?session_hash=py")) {
            JsonNode completed = readAll(stream).stream()
                    .filter(m -> m.get("msg").asText().equals("process_completed")).findFirst().orElseThrow();
            assertEquals("[4.5]", completed.get("output").get("data").toString());
        }
    }

    @Test
    void theConfigSendsClientsThroughTheQueue() {
        JsonNode dep = app.http.get("config").json().get("dependencies").get(0);
        assertTrue(dep.get("queue").asBoolean());
        assertEquals("predict", dep.get("api_name").asText());
    }

    @Test
    void aStreamOpenedWithNothingPendingClosesAtOnce() {
        join("[1, \"add\", 1]", "s5");
        try (SseReader first = SseReader.open(app.server, "gradio_api/queue/data?session_hash=s5")) {
            readAll(first);
        }
        try (SseReader again = SseReader.open(app.server, "gradio_api/queue/data?session_hash=s5")) {
            JsonNode only = again.nextData();
            assertNotNull(only);
            assertEquals("close_stream", only.get("msg").asText());
            assertNull(again.nextData());
        }
    }
}
