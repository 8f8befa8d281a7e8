package dev.pennant.benchmarks;

import dev.pennant.benchmarks.http.EventStream;
import dev.pennant.benchmarks.http.HttpResponse;
import dev.pennant.benchmarks.http.KeepAliveClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Predictions the way {@code @gradio/client} makes them (protocol sse_v3): {@code POST /gradio_api/queue/join}
 * on one connection, results from {@code GET /gradio_api/queue/data?session_hash=…} on another. Like the
 * JS client, a prediction is done at its {@code process_completed} message, and the stream stays open
 * for the next join until the server sends {@code close_stream}; then the next prediction reopens it.
 */
final class QueueRequests implements AutoCloseable {
    static final String JOIN_PATH = "/gradio_api/queue/join";

    private final KeepAliveClient joins;
    private final KeepAliveClient streamConnection;
    private final String session;
    private EventStream stream;

    QueueRequests(ChildServer server, int clientIndex) {
        this.joins = server.client();
        this.streamConnection = server.client();
        this.session = "benchclient" + clientIndex;
    }

    static HttpResponse join(KeepAliveClient client, String session) throws IOException {
        byte[] body = ("{\"data\":[5,\"add\",7],\"event_data\":null,\"fn_index\":0,\"trigger_id\":null,\"session_hash\":\""
                + session + "\"}").getBytes(StandardCharsets.UTF_8);
        return client.postJson(JOIN_PATH, body);
    }

    void predict() throws IOException {
        HttpResponse joined = join(joins, session);
        if (joined.status() != 200) {
            throw new IOException("queue/join answered " + joined.status() + ": " + joined.text());
        }
        String eventId = Json.text(joined.text(), "event_id");
        if (stream == null) {
            stream = streamConnection.openEventStream("/gradio_api/queue/data?session_hash=" + session);
        }
        while (true) {
            String data = stream.next();
            if (data == null) {
                throw new IOException("the stream ended before event " + eventId + " completed");
            }
            if (data.contains("\"close_stream\"")) {
                // the stream closed before this join reached it; the event waits in the session for a new stream
                drain();
                stream = streamConnection.openEventStream("/gradio_api/queue/data?session_hash=" + session);
                continue;
            }
            if (data.contains("\"process_completed\"") && data.contains(eventId)) {
                if (!data.contains("\"success\":true") || !data.contains("[12")) {
                    throw new IOException("event " + eventId + " failed: " + data);
                }
                return;
            }
        }
    }

    /** Reads a closing stream to its end so the connection can reopen it. */
    private void drain() throws IOException {
        while (stream.next() != null) {
            // after close_stream only the end of the body follows
        }
        stream = null;
    }

    @Override
    public void close() throws IOException {
        joins.close();
        streamConnection.close();
    }
}
