package dev.pennant.benchmarks;

import dev.pennant.benchmarks.http.HttpResponse;
import dev.pennant.benchmarks.http.KeepAliveClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * One prediction the way Gradio's clients make it (protocol sse_v3): {@code POST /gradio_api/queue/join},
 * then {@code GET /gradio_api/queue/data?session_hash=…} read to its end, which comes after
 * {@code close_stream}. One session per client, as {@code @gradio/client} keeps one per Client.
 */
final class QueueRequests {
    static final String JOIN_PATH = "/gradio_api/queue/join";

    private QueueRequests() {}

    static String session(int clientIndex) {
        return "benchclient" + clientIndex;
    }

    static HttpResponse join(KeepAliveClient client, String session) throws IOException {
        byte[] body = ("{\"data\":[5,\"add\",7],\"event_data\":null,\"fn_index\":0,\"trigger_id\":null,\"session_hash\":\""
                + session + "\"}").getBytes(StandardCharsets.UTF_8);
        return client.postJson(JOIN_PATH, body);
    }

    static void predict(KeepAliveClient client, String session) throws IOException {
        HttpResponse joined = join(client, session);
        if (joined.status() != 200) {
            throw new IOException("queue/join answered " + joined.status() + ": " + joined.text());
        }
        String eventId = Json.text(joined.text(), "event_id");
        HttpResponse stream = client.get("/gradio_api/queue/data?session_hash=" + session);
        String text = stream.text();
        if (stream.status() != 200 || !text.contains("\"process_completed\"") || !text.contains(eventId)
                || !text.contains("\"close_stream\"") || !text.contains("[12")) {
            throw new IOException("queue/data answered " + stream.status() + ": " + text);
        }
    }
}
