package dev.pennant.server.queue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.server.http.ApiException;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.predict.Caller;
import dev.pennant.server.predict.Predictions;
import dev.pennant.server.predict.ServedInterface;
import dev.pennant.server.predict.ServedInterfaces;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/**
 * Gradio's two-step REST API, the one its "Use via API" page shows for curl
 * (reference/gradio-protocol.md §8):
 * <ul>
 * <li>{@code POST /gradio_api/call/{api_name}} with {@code {"data": [...]}} → {@code {"event_id"}};
 *     400 for a value the method cannot take (checked at once, so curl users see it), 404 for an
 *     unknown api name, 503 when the queue is full.
 * <li>{@code GET /gradio_api/call/{api_name}/{event_id}} → {@code event: complete\ndata: [...]\n\n}
 *     or {@code event: error\ndata: "<message>"\n\n} ({@code event: heartbeat} while it waits),
 *     then the response ends. A result is read once; an unknown or already read event id is 404.
 * </ul>
 * The prediction runs through the same queue as {@code queue/join}; its event id can be flagged.
 */
final class CallRoutes {
    private final ServedInterfaces interfaces;
    private final PredictionQueues queues;
    private final QueueSessions sessions;
    private final EventStreams streams;
    private final Function<Context, Caller> callers;

    CallRoutes(ServedInterfaces interfaces, QueueParts parts) {
        this.interfaces = interfaces;
        this.queues = parts.queues();
        this.sessions = parts.sessions();
        this.streams = parts.streams();
        this.callers = parts.callers();
    }

    void register(JavalinConfig config) {
        config.routes.post("/gradio_api/call/{api_name}", this::call);
        config.routes.get("/gradio_api/call/{api_name}/{event_id}", this::result);
    }

    private void call(Context ctx) {
        ServedInterface served = interfaces.named(ctx);
        Caller caller = callers.apply(ctx);
        List<Object> arguments = Predictions.decode(served, HttpJson.parse(ctx.bodyAsBytes()), caller.codecs());
        String eventId = Predictions.newEventId();
        String key = sessionKey(served, eventId);
        QueueSession session = sessions.open(key);
        session.join(eventId);
        try {
            queues.of(served).submit(eventId, arguments, caller, new QueueSessionListener(session, eventId));
        } catch (ApiException e) {
            sessions.remove(key);
            throw e;
        }
        HttpJson.send(ctx, 200, QueueRoutes.eventIdBody(eventId));
    }

    private void result(Context ctx) {
        ServedInterface served = interfaces.named(ctx);
        String key = sessionKey(served, ctx.pathParam("event_id"));
        QueueSession session = sessions.find(key);
        if (session == null) {
            throw new ApiException(404, "Unknown, expired or already read event_id; POST to /gradio_api/call/"
                    + served.apiName() + " again");
        }
        streams.serve(ctx, "A call stream", stream -> {
            while (true) {
                List<ObjectNode> batch = session.take(streams.heartbeatMillis());
                for (ObjectNode message : batch) {
                    if ("process_completed".equals(message.path("msg").asText())) {
                        sessions.remove(key);
                        sendOutcome(stream, message);
                        return;
                    }
                }
                if (session.done()) {
                    return; // the server is stopping
                }
                if (batch.isEmpty()) {
                    stream.event("heartbeat", "null");
                }
            }
        });
    }

    private static void sendOutcome(EventStreamWriter stream, ObjectNode completed) throws IOException {
        JsonNode output = completed.path("output");
        if (completed.path("success").asBoolean()) {
            stream.event("complete", output.path("data").toString());
        } else {
            stream.event("error", HttpJson.MAPPER.getNodeFactory().textNode(output.path("error").asText()).toString());
        }
    }

    /** Call results live in sessions of their own, one per event, named so they never meet a client's. */
    private static String sessionKey(ServedInterface served, String eventId) {
        return "call/" + served.apiName() + "/" + eventId;
    }
}
