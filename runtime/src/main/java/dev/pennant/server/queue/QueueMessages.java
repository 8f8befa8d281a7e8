package dev.pennant.server.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.server.http.HttpJson;

/**
 * The messages of Gradio's {@code sse_v3} queue stream (reference/gradio-protocol.md §4), each one
 * JSON object on one line. Every message about a prediction carries its {@code event_id}.
 */
final class QueueMessages {
    private QueueMessages() {}

    static ObjectNode estimation(String eventId, int rank, int queueSize) {
        ObjectNode message = message("estimation", eventId);
        message.put("rank", rank);
        message.put("queue_size", queueSize);
        message.putNull("rank_eta");
        return message;
    }

    static ObjectNode processStarts(String eventId) {
        ObjectNode message = message("process_starts", eventId);
        message.putNull("eta");
        return message;
    }

    /** Gradio's shape for {@code progress(0.5, desc=…)}: one entry, no index or length. */
    static ObjectNode progress(String eventId, double fraction, String description) {
        ObjectNode message = message("progress", eventId);
        ObjectNode unit = message.putArray("progress_data").addObject();
        unit.putNull("index");
        unit.putNull("length");
        unit.put("unit", "steps");
        unit.put("progress", fraction);
        unit.put("desc", description);
        return message;
    }

    /** Success: {@code output} is the prediction's dict and must not hold an {@code error} key. */
    static ObjectNode completed(String eventId, ObjectNode output) {
        ObjectNode message = message("process_completed", eventId);
        ObjectNode copy = output.deepCopy();
        copy.remove("event_id"); // the message names the event; the output stays Gradio's shape
        message.set("output", copy);
        message.put("success", true);
        message.putNull("title");
        return message;
    }

    /** Failure: Python's client builds {@code AppError(**output)}, so output holds only {@code error}. */
    static ObjectNode failed(String eventId, String error) {
        ObjectNode message = message("process_completed", eventId);
        message.putObject("output").put("error", error);
        message.put("success", false);
        message.put("title", "Error");
        return message;
    }

    static ObjectNode heartbeat() {
        return message("heartbeat", null);
    }

    static ObjectNode closeStream() {
        return message("close_stream", null);
    }

    private static ObjectNode message(String kind, String eventId) {
        ObjectNode message = HttpJson.object();
        message.put("msg", kind);
        message.put("event_id", eventId);
        return message;
    }
}
