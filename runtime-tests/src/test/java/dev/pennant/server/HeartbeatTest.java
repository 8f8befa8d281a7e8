package dev.pennant.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.testapp.Gate;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Streams stay alive while nothing happens: Python's heartbeat route, and heartbeats on the queue stream. */
class HeartbeatTest {
    @RegisterExtension
    // Gradio's 15 s, shortened so the test need not wait; for this server only.
    final ServedApp app = ServedApp.launching(Gate.class, launcher -> launcher.heartbeatInterval(Duration.ofMillis(50)));

    @BeforeEach
    void start() {
        Gate.reset();
    }

    @AfterEach
    void stop() {
        Gate.open(100);
    }

    @Test
    void theHeartbeatRouteSaysAliveAgainAndAgain() {
        try (SseReader stream = SseReader.open(app.server, "gradio_api/heartbeat/any-session")) {
            assertEquals(200, stream.status);
            assertTrue(stream.contentType.startsWith("text/event-stream"));
            for (int i = 0; i < 3; i++) {
                assertEquals("data: ALIVE", stream.next());
            }
            assertFalse(stream.rawText().contains("\r"));
        }
    }

    @Test
    void anIdleQueueStreamSendsHeartbeatsUntilTheResultArrives() {
        app.http.post("gradio_api/queue/join", SseReader.joinBody("[\"slow\"]", 0, "idle"));
        try (SseReader stream = SseReader.open(app.server, "gradio_api/queue/data?session_hash=idle")) {
            JsonNode message = stream.nextData("heartbeat");
            assertTrue(message.get("event_id").isNull());
            Gate.open(1);
            message = stream.nextData("process_completed");
            assertEquals("[\"passed slow\"]", message.get("output").get("data").toString());
            assertEquals("close_stream", stream.nextData().get("msg").asText());
        }
    }

    @Test
    void aCallStreamSendsHeartbeatEventsWhileItWaits() {
        String eventId = app.http.post("gradio_api/call/pass", "{\"data\":[\"later\"]}").json().get("event_id").asText();
        try (SseReader stream = SseReader.open(app.server, "gradio_api/call/pass/" + eventId)) {
            assertEquals("event: heartbeat\ndata: null", stream.next());
            Gate.open(1);
            String block;
            do {
                block = stream.next();
                assertNotNull(block, "the stream ended (it is cut off after SseReader.DEADLINE) before completing");
            } while (block.startsWith("event: heartbeat"));
            assertEquals("event: complete\ndata: [\"passed later\"]", block);
        }
    }
}
