package dev.pennant.benchmarks.apps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;

/**
 * The predict baseline: a hand-written Javalin handler that parses the same JSON with Jackson,
 * calls the same method and answers {@code {"data": [result]}}. No validation, no event store: the
 * least a server can do for this request.
 */
public final class BareJavalinCalculatorMain {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BareJavalinCalculatorMain() {}

    public static void main(String[] args) {
        Javalin app = Javalin.create(config -> {
            config.routes.get("/config", ctx -> ctx.json(MAPPER.createObjectNode().put("version", "bare")));
            config.routes.post("/gradio_api/run/predict", ctx -> {
                JsonNode data = MAPPER.readTree(ctx.bodyAsBytes()).get("data");
                double result = Calculator.calculator(data.get(0).asDouble(), data.get(1).asText(), data.get(2).asDouble());
                ObjectNode response = MAPPER.createObjectNode();
                response.putArray("data").add(result);
                ctx.contentType("application/json").result(MAPPER.writeValueAsBytes(response));
            });
        }).start("127.0.0.1", 0);
        ReadyLine.print(app.port());
    }
}
