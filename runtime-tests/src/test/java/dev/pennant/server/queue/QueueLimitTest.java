package dev.pennant.server.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.server.SseReader;
import dev.pennant.testapp.Gate;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code Gate.pass} runs two at a time ({@code concurrencyLimit = 2}) and its queue holds two more
 * ({@code maxQueueSize(2)}): the fifth prediction is refused with 503, the waiting ones hear their
 * place in the queue, and nothing runs beyond the limit.
 */
class QueueLimitTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(Gate.class, b -> b.maxQueueSize(2));

    @BeforeEach
    void start() {
        Gate.reset();
    }

    @AfterEach
    void stop() {
        Gate.open(100);
    }

    private String join(String name) {
        Http.Response joined = app.http.post("gradio_api/queue/join", SseReader.joinBody("[\"" + name + "\"]", 0, name));
        assertEquals(200, joined.status(), joined.body());
        return joined.json().get("event_id").asText();
    }

    /** The next message of a kind, skipping others. */
    private static JsonNode next(SseReader stream, String kind) {
        for (JsonNode m; (m = stream.nextMessage()) != null; ) {
            if (m.get("msg").asText().equals(kind)) {
                return m;
            }
        }
        throw new AssertionError("the stream ended before a " + kind + " message");
    }

    @Test
    void aFullQueueAnswers503AndTheWaitingHearTheirRank() throws Exception {
        join("a");
        join("b");
        try (SseReader a = SseReader.open(app.server, "gradio_api/queue/data?session_hash=a");
             SseReader b = SseReader.open(app.server, "gradio_api/queue/data?session_hash=b")) {
            next(a, "process_starts");
            next(b, "process_starts"); // two run at once: the limit is 2
        }
        join("c");
        join("d");
        try (SseReader d = SseReader.open(app.server, "gradio_api/queue/data?session_hash=d")) {
            JsonNode estimation = next(d, "estimation");
            assertEquals(1, estimation.get("rank").asInt(), "one waits ahead of d");
            assertEquals(2, estimation.get("queue_size").asInt());

            Http.Response full = app.http.post("gradio_api/queue/join", SseReader.joinBody("[\"e\"]", 0, "e"));
            assertEquals(503, full.status());
            assertEquals(PredictionQueue.QUEUE_FULL, full.error());
            Http.Response run = app.http.run("pass", "[\"f\"]");
            assertEquals(503, run.status());
            assertEquals(PredictionQueue.QUEUE_FULL, run.error());
            Http.Response call = app.http.post("gradio_api/call/pass", "{\"data\":[\"g\"]}");
            assertEquals(503, call.status());

            Gate.open(1); // a (or b) finishes; c starts and d moves up
            JsonNode moved = next(d, "estimation");
            assertEquals(0, moved.get("rank").asInt());
            Gate.open(3);
            JsonNode completed = next(d, "process_completed");
            assertEquals("[\"passed d\"]", completed.get("output").get("data").toString());
            assertEquals("close_stream", d.nextMessage().get("msg").asText());
        }
        assertEquals(2, Gate.mostAtOnce(), "never more than the concurrency limit at once");
        assertEquals("[\"passed h\"]", runOpened("h"),
                "the queue takes predictions again once it has room");
    }

    private String runOpened(String name) {
        Gate.open(1);
        return app.http.run("pass", "[\"" + name + "\"]").json().get("data").toString();
    }

    @Test
    void runWaitsForItsTurnInTheSameQueue() throws Exception {
        join("a");
        join("b");
        try (SseReader a = SseReader.open(app.server, "gradio_api/queue/data?session_hash=a")) {
            next(a, "process_starts");
        }
        CompletableFuture<Http.Response> run = CompletableFuture.supplyAsync(() -> app.http.run("pass", "[\"r\"]"));
        Gate.open(3);
        Http.Response response = run.get();
        assertEquals(200, response.status(), response.body());
        assertEquals("[\"passed r\"]", response.json().get("data").toString());
        assertTrue(Gate.mostAtOnce() <= 2);
    }

    @Test
    void runCallsAloneNeverRunMoreThanTheLimitAtOnce() throws Exception {
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<CompletableFuture<Http.Response>> runs = new java.util.ArrayList<>();
            for (String name : new String[] {"a", "b", "c", "d"}) {
                runs.add(CompletableFuture.supplyAsync(() -> app.http.run("pass", "[\"" + name + "\"]"), clients));
            }
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
            while (Gate.running() < 2) {
                assertTrue(System.nanoTime() < deadline, "two /run calls should be running");
                Thread.sleep(5);
            }
            Gate.open(4);
            for (CompletableFuture<Http.Response> run : runs) {
                assertEquals(200, run.get().status(), run.get().body());
            }
            assertEquals(2, Gate.mostAtOnce(), "two run at once, the others wait their turn");
        } finally {
            clients.shutdownNow();
        }
    }
}
