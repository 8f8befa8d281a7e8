package dev.pennant.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.PennantServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads an event stream the way Python's gradio_client does: raw bytes split on a blank line. A stream
 * is cut off {@link #DEADLINE} after it opened, so a test that waits for a message that never comes
 * fails (the stream ends) instead of hanging.
 */
public final class SseReader implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sse-reader-deadline");
        thread.setDaemon(true);
        return thread;
    });

    public final int status;
    public final String contentType;
    private final InputStream body;
    private final ScheduledFuture<?> cutOff;
    /** Everything read so far, byte for byte, to check the framing. */
    private final ByteArrayOutputStream raw = new ByteArrayOutputStream();

    private SseReader(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.contentType = response.headers().firstValue("Content-Type").orElse("");
        this.body = response.body();
        // Closing the body wakes a read that waits for the next bytes: it then sees the end of the stream.
        this.cutOff = WATCHDOG.schedule(this::closeBody, DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** GETs a stream with the headers @gradio/client sends (it sets a JSON content type even on a GET). */
    public static SseReader open(PennantServer server, String path) {
        HttpRequest request = HttpRequest.newBuilder(server.uri().resolve(path))
                .header("Accept", "text/event-stream")
                .header("Content-Type", "application/json")
                .GET().build();
        try {
            return new SseReader(CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next block without its terminating blank line, or null when the stream has ended. */
    public String next() {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        try {
            int previous = -1;
            for (int b; (b = body.read()) != -1; previous = b) {
                raw.write(b);
                if (b == '\n' && previous == '\n') {
                    byte[] bytes = block.toByteArray();
                    return new String(bytes, 0, bytes.length - 1, StandardCharsets.UTF_8);
                }
                block.write(b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (block.size() > 0) {
            throw new AssertionError("the stream ended inside a block: " + block.toString(StandardCharsets.UTF_8));
        }
        return null;
    }

    /** The JSON of the next {@code data: …} block, or null when the stream has ended. */
    public JsonNode nextData() {
        String block = next();
        if (block == null) {
            return null;
        }
        if (!block.startsWith("data: ")) {
            throw new AssertionError("not a data-only block: " + block);
        }
        try {
            return Http.JSON.readTree(block.substring("data: ".length()));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + block, e);
        }
    }

    /**
     * The next data message whose {@code msg} is this one, skipping the others; fails when the stream
     * ends first, which it does at the latest {@link #DEADLINE} after it opened.
     */
    public JsonNode nextData(String msg) {
        for (JsonNode message = nextData(); message != null; message = nextData()) {
            if (message.path("msg").asText().equals(msg)) {
                return message;
            }
        }
        throw new AssertionError("the stream ended before a \"" + msg + "\" message: " + rawText());
    }

    /** The next data message that is not a heartbeat. */
    public JsonNode nextMessage() {
        JsonNode message;
        do {
            message = nextData();
        } while (message != null && message.path("msg").asText().equals("heartbeat"));
        return message;
    }

    public String rawText() {
        return raw.toString(StandardCharsets.UTF_8);
    }

    public static String joinBody(String dataJson, int fnIndex, String sessionHash) {
        return "{\"data\":" + dataJson + ",\"event_data\":null,\"fn_index\":" + fnIndex
                + ",\"trigger_id\":null,\"session_hash\":\"" + sessionHash + "\"}";
    }

    public static Map<String, String> jsonHeaders() {
        return Map.of("Content-Type", "application/json");
    }

    @Override
    public void close() {
        cutOff.cancel(false);
        closeBody();
    }

    private void closeBody() {
        try {
            body.close();
        } catch (IOException e) {
            // the test is done with it
        }
    }
}
