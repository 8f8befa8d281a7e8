package dev.pennant.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** One ObjectMapper for the server, and the error body shape every route uses: {@code {"error": "…"}}. */
public final class HttpJson {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    static {
        // Bodies are already capped in bytes; this keeps a pathological nesting from costing stack.
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    }

    private HttpJson() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Parses a request body, or fails with a 400 whose message says what was wrong. */
    public static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new ApiException(400, "The request body is empty; expected a JSON object");
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "The request body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new ApiException(400, "The request body could not be read");
        }
    }

    public static void send(Context ctx, int status, JsonNode body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(body.toString());
    }

    public static void error(Context ctx, int status, String message) {
        send(ctx, status, object().put("error", message));
    }
}
