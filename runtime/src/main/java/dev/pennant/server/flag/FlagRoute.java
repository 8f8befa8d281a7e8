package dev.pennant.server.flag;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.FlaggingMode;
import dev.pennant.server.auth.LoginRoutes;
import dev.pennant.server.http.ApiException;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.predict.EventStore;
import dev.pennant.server.predict.ServedInterface;
import dev.pennant.server.predict.ServedInterfaces;
import dev.pennant.spi.FlagChoice;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code POST /gradio_api/flag/{api_name}} with {@code {"event_id": "…", "flag_option": null}}:
 * flags the server's own copy of that prediction's inputs and outputs.
 *
 * <p>Status codes: 200 {@code {"count": N}}; 400 for a malformed body or a flag_option that is not
 * allowed (nothing is written); 403 when the interface's flagging mode is never; 404 when the event
 * id is unknown or expired, or (with a login) belongs to another user's prediction; 500 {@code "Flagging failed; see the server log"} when the callback
 * throws; 504 {@code "Flagging did not finish in time; see the server log"} when it runs longer than the
 * flag timeout (it keeps running in its own thread, and the server keeps serving). Flagging one event
 * twice writes one row and answers the first count again, so a double click is harmless.
 *
 * <p>The username passed to the callback is the session's ({@link LoginRoutes#username}), never a
 * value from the request.
 */
public final class FlagRoute {
    private final ServedInterfaces interfaces;
    private final FlagDispatch dispatch;

    public FlagRoute(ServedInterfaces interfaces, FlagDispatch dispatch) {
        this.interfaces = interfaces;
        this.dispatch = dispatch;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/gradio_api/flag/{api_name}", this::flag);
    }

    private void flag(Context ctx) {
        ServedInterface served = interfaces.named(ctx);
        String username = LoginRoutes.username(ctx);
        if (served.flaggingMode() == FlaggingMode.NEVER || served.callback() == null) {
            throw new ApiException(403, "Flagging is disabled for \"" + served.apiName() + "\"");
        }
        JsonNode request = HttpJson.parse(ctx.bodyAsBytes());
        if (!request.isObject()) {
            throw new ApiException(400, "The request body must be a JSON object like {\"event_id\": \"...\", \"flag_option\": null}");
        }
        JsonNode id = request.get("event_id");
        if (id == null || !id.isTextual() || id.textValue().isEmpty()) {
            throw new ApiException(400, "The request body needs the \"event_id\" of a prediction, as a string");
        }
        String option = option(served, request.get("flag_option"));
        EventStore.Event event = served.events().get(id.textValue());
        // Another user's event answers exactly like an unknown one: its existence is not revealed.
        if (event == null || !event.visibleTo(username)) {
            throw new ApiException(404, "Unknown or expired event_id; submit again and flag the new result");
        }
        HttpJson.send(ctx, 200, HttpJson.object().put("count", dispatch.flag(served, event, option, username)));
    }

    private static String option(ServedInterface served, JsonNode node) {
        // Auto mode shows no buttons and records no option, as in Gradio.
        var options = served.flaggingMode() == FlaggingMode.MANUAL ? served.spec().flaggingOptions() : List.<FlagChoice>of();
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
