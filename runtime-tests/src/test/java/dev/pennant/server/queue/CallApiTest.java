package dev.pennant.server.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Calculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The two-step REST API that Gradio's docs show for curl: POST /call, then GET the result stream. */
class CallApiTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(Calculator.class);



    private String call(String dataJson) {
        Http.Response posted = app.http.post("gradio_api/call/predict", "{\"data\": " + dataJson + "}");
        assertEquals(200, posted.status(), posted.body());
        return posted.json().get("event_id").asText();
    }

    @Test
    void fiveAddSevenCompletesWithTwelve() {
        String eventId = call("[5, \"add\", 7]");
        Http.Response result = app.http.get("gradio_api/call/predict/" + eventId);
        assertEquals(200, result.status());
        assertTrue(result.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        assertEquals("event: complete\ndata: [12]\n\n", result.body());
    }

    @Test
    void anInterfaceErrorEndsWithAnErrorEventCarryingItsMessage() {
        String eventId = call("[1, \"divide\", 0]");
        assertEquals("event: error\ndata: \"Cannot divide by zero!\"\n\n", app.http.get("gradio_api/call/predict/" + eventId).body());
    }

    @Test
    void aResultIsReadOnceAndUnknownEventsAreNotFound() {
        String eventId = call("[2, \"multiply\", 3]");
        assertEquals("event: complete\ndata: [6]\n\n", app.http.get("gradio_api/call/predict/" + eventId).body());

        Http.Response again = app.http.get("gradio_api/call/predict/" + eventId);
        assertEquals(404, again.status());
        assertTrue(again.error().contains("event_id"), again.body());
        assertEquals(404, app.http.get("gradio_api/call/predict/0123456789abcdef").status());
        assertEquals(404, app.http.get("gradio_api/call/nope/" + call("[1, \"add\", 1]")).status());
    }

    @Test
    void badInputIsRefusedAtOnceWithAMessageNamingTheInput() {
        Http.Response posted = app.http.post("gradio_api/call/predict", "{\"data\": [5, \"modulo\", 7]}");
        assertEquals(400, posted.status());
        assertTrue(posted.error().contains("operation"), posted.body());
        assertEquals(400, app.http.post("gradio_api/call/predict", "{\"data\": [5]}").status());
        assertEquals(404, app.http.post("gradio_api/call/nope", "{\"data\": []}").status());
    }

    @Test
    void theCallsEventIdCanBeFlagged() {
        String eventId = call("[6, \"subtract\", 1.5]");
        app.http.get("gradio_api/call/predict/" + eventId);
        Http.Response flag = app.http.flag("predict", eventId, null);
        assertEquals(200, flag.status(), flag.body());
        assertEquals(1, flag.json().get("count").asInt());
    }
}
