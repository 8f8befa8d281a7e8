package dev.pennant.server.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.InvalidInputException;
import dev.pennant.server.http.ApiException;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.predict.Caller;
import dev.pennant.server.predict.Predictions;
import dev.pennant.server.predict.ServedInterface;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Gradio's queue protocol {@code sse_v3} (reference/gradio-protocol.md §4), the one both official
 * clients use:
 * <ul>
 * <li>{@code POST /gradio_api/queue/join} with {@code {data, fn_index, session_hash, …}} →
 *     {@code {"event_id"}}; 400 without a session hash or a usable {@code fn_index}, 404 for an
 *     unknown {@code fn_index}, 503 when the interface's queue is full. A value the method cannot
 *     take is accepted here and answered on the stream as a failed {@code process_completed}, as
 *     Gradio does, so both clients show the message.
 * <li>{@code GET /gradio_api/queue/data?session_hash=…} → {@code data: <json>\n\n} blocks for every
 *     event of the session (estimation, process_starts, progress, process_completed, heartbeat after
 *     15 s of silence), then {@code close_stream} once none is pending; 404 for an unknown session.
 * <li>{@code GET /gradio_api/heartbeat/{session_hash}} → {@code data: ALIVE\n\n} every 15 s, for
 *     Python's client.
 * </ul>
 * The event id is also the one {@code POST /gradio_api/flag/{api_name}} accepts.
 */
final class QueueRoutes {
    static final String SESSION_HASH_MISSING = "Session hash not found.";
    static final String SESSION_NOT_FOUND = "Session not found.";
    /** Python's client reopens the heartbeat stream when it ends; ending it bounds a forgotten one. */
    static final long MAX_HEARTBEAT_STREAM_MILLIS = 60 * 60 * 1000L;
    private static final int MAX_SESSION_HASH_LENGTH = 256;
    /** How long a stream with nothing pending waits for another join before it closes (see QueueSession#lingerForMore). */
    static final long CLOSE_GRACE_MILLIS = 250;

    private final List<ServedInterface> interfaces;
    private final QueueParts parts;
    private final CountDownLatch stopping = new CountDownLatch(1);

    QueueRoutes(List<ServedInterface> interfaces, QueueParts parts) {
        this.interfaces = interfaces;
        this.parts = parts;
    }

    void register(JavalinConfig config) {
        config.routes.post("/gradio_api/queue/join", this::join);
        config.routes.get("/gradio_api/queue/data", this::data);
        config.routes.get("/gradio_api/heartbeat/{session_hash}", this::heartbeat);
    }

    /** Ends the heartbeat streams; queue streams end when their sessions close. */
    void stop() {
        stopping.countDown();
    }

    private void join(Context ctx) {
        JsonNode request = HttpJson.parse(ctx.bodyAsBytes());
        if (!request.isObject()) {
            throw new ApiException(400, "The request body must be a JSON object like {\"data\": [...], \"fn_index\": 0, \"session_hash\": \"...\"}");
        }
        String sessionHash = sessionHash(request.get("session_hash"));
        ServedInterface served = interfaceAt(request.get("fn_index"));

        Caller caller = parts.callers().apply(ctx);
        String eventId = Predictions.newEventId();
        QueueSession session = parts.sessions().open(sessionHash);
        session.join(eventId);
        List<Object> arguments;
        try {
            arguments = Predictions.decode(served, request, caller.codecs());
        } catch (ApiException | InvalidInputException e) {
            session.finish(eventId, QueueMessages.failed(eventId, e.getMessage()));
            HttpJson.send(ctx, 200, eventIdBody(eventId));
            return;
        }
        try {
            parts.queues().of(served).submit(eventId, arguments, caller, new QueueSessionListener(session, eventId));
        } catch (ApiException e) {
            session.abandon(eventId);
            throw e;
        }
        HttpJson.send(ctx, 200, eventIdBody(eventId));
    }

    private void data(Context ctx) {
        String sessionHash = ctx.queryParam("session_hash");
        if (sessionHash == null || sessionHash.isEmpty()) {
            throw new ApiException(400, SESSION_HASH_MISSING);
        }
        QueueSession session = parts.sessions().find(sessionHash);
        if (session == null) {
            throw new ApiException(404, SESSION_NOT_FOUND);
        }
        parts.streams().serve(ctx, "The queue stream of a session", stream -> {
            while (true) {
                List<ObjectNode> batch = session.take(parts.streams().heartbeatMillis());
                for (ObjectNode message : batch) {
                    stream.data(message.toString());
                }
                if (session.done() && !session.lingerForMore(CLOSE_GRACE_MILLIS)) {
                    stream.data(QueueMessages.closeStream().toString());
                    return;
                }
                if (batch.isEmpty()) {
                    stream.data(QueueMessages.heartbeat().toString());
                }
            }
        });
    }

    private void heartbeat(Context ctx) {
        parts.streams().serve(ctx, "A heartbeat stream", stream -> {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_HEARTBEAT_STREAM_MILLIS);
            do {
                stream.data("ALIVE");
            } while (System.nanoTime() < deadline && !stopping.await(parts.streams().heartbeatMillis(), TimeUnit.MILLISECONDS));
        });
    }

    private static String sessionHash(JsonNode node) {
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw new ApiException(400, SESSION_HASH_MISSING);
        }
        String hash = node.textValue();
        if (hash.length() > MAX_SESSION_HASH_LENGTH) {
            throw new ApiException(400, "session_hash is longer than " + MAX_SESSION_HASH_LENGTH + " characters");
        }
        return hash;
    }

    /** fn_index is the dependency id in /config, which is the interface's index. */
    private ServedInterface interfaceAt(JsonNode node) {
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()) {
            throw new ApiException(400, "The request needs an integer \"fn_index\": the dependency id from /config");
        }
        int index = node.intValue();
        if (index < 0 || index >= interfaces.size()) {
            throw new ApiException(404, "No endpoint with fn_index " + index + "; /config lists the dependencies");
        }
        return interfaces.get(index);
    }

    static ObjectNode eventIdBody(String eventId) {
        return HttpJson.object().put("event_id", eventId);
    }
}
