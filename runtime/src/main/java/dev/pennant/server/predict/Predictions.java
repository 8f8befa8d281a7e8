package dev.pennant.server.predict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.InterfaceError;
import dev.pennant.Progress;
import dev.pennant.components.Component;
import dev.pennant.components.codec.CodecContext;
import dev.pennant.components.codec.Codecs;
import dev.pennant.components.codec.ComponentCodec;
import dev.pennant.server.http.ApiException;
import dev.pennant.server.http.HttpDefaults;
import dev.pennant.server.http.HttpJson;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One prediction: decode, call, encode, remember the event for flagging. Used by
 * every route that predicts ({@code /run}, the queue's join and {@code /call}), always through the
 * interface's queue ({@code queue.PredictionQueue}), which also flags the result in auto mode.
 *
 * <p>Status codes: 200 with Gradio's output dict; 400 {@code {"error"}} for a body or value the
 * method cannot take and for an {@link InterfaceError} (the message is meant for the user, and
 * {@code @gradio/client} 2.7.0 rejects {@code predict} with {@code output.error} for any non-200
 * status, see utils/submit.ts); 500 {@code {"error":"Internal error; see the server log"}} for any
 * other exception, whose details stay in the log.
 */
public final class Predictions {
    private static final Logger LOG = LoggerFactory.getLogger(Predictions.class);

    private Predictions() {}

    /**
     * A fresh event id: the name of one prediction in the queue stream and in a flag. It is what lets a
     * client flag a prediction, so it must be unguessable: 128 bits from a {@link SecureRandom}, one per
     * thread so that concurrent requests do not queue on a single generator's lock (as
     * {@code UUID.randomUUID} does).
     */
    public static String newEventId() {
        byte[] bytes = new byte[16];
        EVENT_ID_RANDOM.get().nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    private static final ThreadLocal<SecureRandom> EVENT_ID_RANDOM = ThreadLocal.withInitial(Predictions::ownGenerator);

    /** A DRBG keeps its state per instance; the default NativePRNG shares one lock across all instances. */
    private static SecureRandom ownGenerator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
    private static final HexFormat HEX = HexFormat.of();

    /** Checks a request's {@code data} array and decodes one typed argument per input, or fails with a 400. */
    public static List<Object> decode(ServedInterface served, JsonNode request, CodecContext context) {
        if (!request.isObject()) {
            throw new ApiException(400, "The request body must be a JSON object like {\"data\": [...]}");
        }
        JsonNode data = request.get("data");
        if (data == null || !data.isArray()) {
            throw new ApiException(400, "The request body needs a \"data\" array with one value per input");
        }
        int expected = served.inputs().size();
        if (data.size() != expected) {
            throw new ApiException(400, "Expected " + expected + " input value" + (expected == 1 ? "" : "s") + " ("
                    + labels(served) + "), got " + data.size());
        }
        List<Object> arguments = new ArrayList<>(expected);
        for (int i = 0; i < expected; i++) {
            Component input = served.inputs().get(i);
            arguments.add(Codecs.of(input).decode(input, data.get(i), context));
        }
        return arguments;
    }

    /**
     * A prediction that ran: the event a flag may name, and Gradio's output dict (plus {@code event_id}).
     */
    public record Outcome(EventStore.Event event, ObjectNode output) {}

    /**
     * Calls the method with decoded arguments, keeps the result under {@code eventId} for flagging
     * and answers Gradio's output dict. File outputs are stored in the caller's files, and
     * the stored copy is what a flag later saves.
     */
    public static Outcome execute(ServedInterface served, String eventId, List<Object> arguments, Caller caller,
            Progress progress) {
        long start = System.nanoTime();
        List<Object> outputs = call(served, arguments, progress);
        long elapsed = System.nanoTime() - start;
        double average = served.timing().record(elapsed);

        ArrayNode encoded = HttpJson.MAPPER.createArrayNode();
        outputs = new ArrayList<>(outputs);
        for (int i = 0; i < outputs.size(); i++) {
            Component component = served.outputs().get(i);
            ComponentCodec codec = Codecs.of(component);
            JsonNode output = codec.encode(component, outputs.get(i), caller.codecs());
            encoded.add(output);
            outputs.set(i, codec.kept(component, outputs.get(i), output));
        }
        EventStore.Event event = served.events().put(eventId, arguments, outputs, caller.username());

        ObjectNode response = HttpJson.object();
        response.set("data", encoded);
        response.put("is_generating", false);
        response.put("duration", elapsed / 1e9);
        response.put("average_duration", average);
        response.putNull("render_config");
        response.putArray("changed_state_ids");
        response.put("event_id", eventId);
        return new Outcome(event, response);
    }

    private static List<Object> call(ServedInterface served, List<Object> arguments, Progress progress) {
        List<Object> outputs;
        try {
            outputs = served.generated().call(served.target(), arguments, progress);
        } catch (Exception | LinkageError | AssertionError e) {
            InterfaceError userError = findInterfaceError(e);
            if (userError != null) {
                throw new ApiException(400, userError.getMessage() == null ? "Error" : userError.getMessage());
            }
            LOG.error("{}.{} failed", served.spec().declaringClass().getName(), served.spec().methodName(), e);
            throw new ApiException(500, HttpDefaults.INTERNAL_ERROR);
        }
        if (outputs == null || outputs.size() != served.outputs().size()) {
            LOG.error("Generated code for {}.{} returned {} values for {} outputs", served.spec().declaringClass().getName(),
                    served.spec().methodName(), outputs == null ? "null" : outputs.size(), served.outputs().size());
            throw new ApiException(500, HttpDefaults.INTERNAL_ERROR);
        }
        return outputs;
    }

    /** An InterfaceError may arrive wrapped (e.g. thrown in a helper that wraps exceptions). */
    private static InterfaceError findInterfaceError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterfaceError error) {
                return error;
            }
        }
        return null;
    }

    private static String labels(ServedInterface served) {
        return String.join(", ", served.inputs().stream().map(c -> c.label()).toList());
    }
}
