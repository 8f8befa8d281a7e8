package dev.pennant.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import dev.pennant.testapp.Calculator;
import dev.pennant.testapp.FlagDirs;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-step REST API that Gradio's docs show for curl: POST /call, then GET the result stream. */
class CallApiTest {
    @TempDir
    Path temp;
    PennantServer server;
    Http http;

    @BeforeEach
    void start() {
        FlagDirs.use(temp.resolve("flagged"));
        server = Pennant.builder().serve(Calculator.class).port(0).environment(Map.of()).start();
        http = new Http(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String call(String dataJson) {
        Http.Response posted = http.post("gradio_api/call/predict", "{\"data\": " + dataJson + "}");
        assertEquals(200, posted.status(), posted.body());
        return posted.json().get("event_id").asText();
    }

    @Test
    void fiveAddSevenCompletesWithTwelve() {
        String eventId = call("[5, \"add\", 7]");
        Http.Response result = http.get("gradio_api/call/predict/" + eventId);
        assertEquals(200, result.status());
        assertTrue(result.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals("event: complete\ndata: [12]\n\n", result.body());
    }

    @Test
    void anInterfaceErrorEndsWithAnErrorEventCarryingItsMessage() {
        String eventId = call("[1, \"divide\", 0]");
        assertEquals("event: error\ndata: \"Cannot divide by zero!\"\n\n", http.get("gradio_api/call/predict/" + eventId).body());
    }

    @Test
    void aResultIsReadOnceAndUnknownEventsAreNotFound() {
        String eventId = call("[2, \"multiply\", 3]");
        assertEquals("event: complete\ndata: [6]\n\n", http.get("gradio_api/call/predict/" + eventId).body());

        Http.Response again = http.get("gradio_api/call/predict/" + eventId);
        assertEquals(404, again.status());
        assertTrue(again.error().contains("event_id"), again.body());
        assertEquals(404, http.get("gradio_api/call/predict/0123456789abcdef").status());
        assertEquals(404, http.get("gradio_api/call/nope/" + call("[1, \"add\", 1]")).status());
    }

    @Test
    void badInputIsRefusedAtOnceWithAMessageNamingTheInput() {
        Http.Response posted = http.post("gradio_api/call/predict", "{\"data\": [5, \"modulo\", 7]}");
        assertEquals(400, posted.status());
        assertTrue(posted.error().contains("operation"), posted.body());
        assertEquals(400, http.post("gradio_api/call/predict", "{\"data\": [5]}").status());
        assertEquals(404, http.post("gradio_api/call/nope", "{\"data\": []}").status());
    }

    @Test
    void theCallsEventIdCanBeFlagged() {
        String eventId = call("[6, \"subtract\", 1.5]");
        http.get("gradio_api/call/predict/" + eventId);
        Http.Response flag = http.flag("predict", eventId, null);
        assertEquals(200, flag.status(), flag.body());
        assertEquals(1, flag.json().get("count").asInt());
    }
}
