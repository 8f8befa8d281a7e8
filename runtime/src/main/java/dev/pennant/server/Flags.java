package dev.pennant.server;

import dev.pennant.spi.FlagChoice;
import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.FlaggingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /gradio_api/flag/{api_name}} with {@code {"event_id": "…", "flag_option": null}}:
 * flags the server's own copy of that prediction's inputs and outputs.
 *
 * <p>Status codes: 200 {@code {"count": N}}; 400 for a malformed body or a flag_option that is not
 * allowed (nothing is written); 403 when the interface's flagging mode is never; 404 when the event
 * id is unknown or expired; 500 {@code "Flagging failed; see the server log"} when the callback
 * throws. Flagging one event twice writes one row and answers the first count again, so a double
 * click is harmless.
 */
final class Flags {
    private static final Logger LOG = LoggerFactory.getLogger(Flags.class);
    static final String FLAGGING_FAILED = "Flagging failed; see the server log";

    private Flags() {}

    static ObjectNode flag(ServedInterface served, byte[] body) {
        if (served.flaggingMode() == FlaggingMode.NEVER || served.callback() == null) {
            throw new ApiException(403, "Flagging is disabled for \"" + served.apiName() + "\"");
        }
        JsonNode request = Json.parse(body);
        if (!request.isObject()) {
            throw new ApiException(400, "The request body must be a JSON object like {\"event_id\": \"...\", \"flag_option\": null}");
        }
        JsonNode id = request.get("event_id");
        if (id == null || !id.isTextual() || id.textValue().isEmpty()) {
            throw new ApiException(400, "The request body needs the \"event_id\" of a prediction, as a string");
        }
        String option = option(served, request.get("flag_option"));
        EventStore.Event event = served.events().get(id.textValue());
        if (event == null) {
            throw new ApiException(404, "Unknown or expired event_id; submit again and flag the new result");
        }
        int count;
        try {
            count = event.flagOnce(data -> served.callback().flag(data, option, null));
        } catch (Exception | LinkageError e) {
            LOG.error("Flagging {} failed", served.apiName(), e);
            throw new ApiException(500, FLAGGING_FAILED);
        }
        return Json.object().put("count", count);
    }

    /** In auto mode every successful prediction is flagged; a failure is logged and the prediction still answers. */
    static void autoFlag(ServedInterface served, String eventId, EventStore.Event event) {
        try {
            event.flagOnce(data -> served.callback().flag(data, null, null));
        } catch (Exception | LinkageError e) {
            LOG.error("Automatic flagging of {} event {} failed", served.apiName(), eventId, e);
        }
    }

    private static String option(ServedInterface served, JsonNode node) {
        var options = served.spec().flaggingOptions();
        boolean missing = node == null || node.isNull();
        if (options.isEmpty()) {
            if (!missing) {
                throw new ApiException(400, "This interface has no flagging options, so flag_option must be null");
            }
            return null;
        }
        List<String> values = options.stream().map(FlagChoice::value).toList();
        if (missing || !node.isTextual() || !values.contains(node.textValue())) {
            throw new ApiException(400, "flag_option must be one of " + values);
        }
        return node.textValue();
    }
}
