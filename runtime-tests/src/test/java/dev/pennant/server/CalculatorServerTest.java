package dev.pennant.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.testapp.Calculator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guide's calculator served for real on a free port. */
class CalculatorServerTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(Calculator.class);

    @Test
    void configHasGradioShape() {
        Http.Response response = app.http.get("config");
        assertEquals(200, response.status());
        JsonNode config = response.json();
        assertEquals("5.49.1", config.get("version").asText());
        assertEquals("interface", config.get("mode").asText());
        assertEquals("/gradio_api", config.get("api_prefix").asText());
        assertEquals("sse_v3", config.get("protocol").asText());
        assertEquals("http://127.0.0.1:" + app.server.port(), config.get("root").asText());
        assertTrue(config.get("enable_queue").asBoolean());
        assertFalse(config.get("connect_heartbeat").asBoolean());
        assertEquals("Calculator", config.get("title").asText());
        JsonNode components = config.get("components");
        assertEquals(4, components.size());
        assertEquals("number", components.get(0).get("type").asText());
        assertEquals("num1", components.get(0).get("props").get("label").asText());
        assertEquals("radio", components.get(1).get("type").asText());
        assertEquals("[[\"add\",\"add\"],[\"subtract\",\"subtract\"],[\"multiply\",\"multiply\"],[\"divide\",\"divide\"]]",
                components.get(1).get("props").get("choices").toString());
        JsonNode dep = config.get("dependencies").get(0);
        assertEquals("predict", dep.get("api_name").asText());
        assertTrue(dep.get("queue").asBoolean()); // both clients use queue/join and the event stream
        assertEquals("[1,2,3]", dep.get("inputs").toString());
        assertEquals("[4]", dep.get("outputs").toString());
        assertEquals("public", dep.get("api_visibility").asText());
        JsonNode page = config.get("pennant").get("interfaces").get(0);
        assertEquals("manual", page.get("flagging_mode").asText());
        assertTrue(page.get("flaggable").asBoolean());
    }

    @Test
    void rootFollowsForwardedHeaders() {
        JsonNode config = app.http.get("config", Map.of("X-Forwarded-Host", "demo.example.com", "X-Forwarded-Proto", "https")).json();
        assertEquals("https://demo.example.com", config.get("root").asText());
    }

    @Test
    void infoDescribesPredict() {
        JsonNode info = app.http.get("gradio_api/info?serialize=False").json();
        assertTrue(info.get("unnamed_endpoints").isObject());
        JsonNode predict = info.get("named_endpoints").get("/predict");
        JsonNode num1 = predict.get("parameters").get(0);
        assertEquals("num1", num1.get("label").asText());
        assertEquals("num1", num1.get("parameter_name").asText());
        assertFalse(num1.get("parameter_has_default").asBoolean());
        assertTrue(num1.get("parameter_default").isNull());
        assertEquals("number", num1.get("type").get("type").asText());
        assertEquals("float", num1.get("python_type").get("type").asText());
        assertEquals("Number", num1.get("component").asText());
        assertEquals("Radio", predict.get("parameters").get(1).get("component").asText());
        assertEquals("Output", predict.get("returns").get(0).get("label").asText());
    }

    @Test
    void predictAddsAndAnswersLikeGradio() {
        Http.Response response = app.http.run("predict", "[5, \"add\", 7]");
        assertEquals(200, response.status(), response.body());
        JsonNode body = response.json();
        assertEquals("[12]", body.get("data").toString());
        assertFalse(body.get("is_generating").asBoolean());
        assertTrue(body.get("duration").isNumber());
        assertTrue(body.get("average_duration").isNumber());
        assertTrue(body.get("render_config").isNull());
        assertEquals("[]", body.get("changed_state_ids").toString());
        assertTrue(body.get("event_id").asText().matches("[0-9a-f]{32}"));
        assertEquals("[4.5]", app.http.run("predict", "[6, \"subtract\", 1.5]").json().get("data").toString());
        // the /api alias, no content type, extra keys
        Http.Response alias = app.http.post("gradio_api/api/predict", "{\"data\":[2,\"multiply\",3],\"event_data\":null,\"trigger_id\":null}",
                Map.of());
        assertEquals("[6]", alias.json().get("data").toString());
    }

    @Test
    void badInputsAreRejectedNamingTheInput() {
        assertBadRequest(app.http.run("predict", "[\"abc\", \"add\", 7]"), "num1");
        assertBadRequest(app.http.run("predict", "[5, \"power\", 7]"), "operation");
        assertBadRequest(app.http.run("predict", "[5, \"add\", null]"), "num2");
        assertBadRequest(app.http.run("predict", "[5, \"add\"]"), "num1, operation, num2");
        assertBadRequest(app.http.run("predict", "[5, 3, 7]"), "operation");
        assertBadRequest(app.http.post("gradio_api/run/predict", "{\"data\": [5, "), "not valid JSON");
        assertBadRequest(app.http.post("gradio_api/run/predict", "[5, \"add\", 7]"), "JSON object");
        assertBadRequest(app.http.post("gradio_api/run/predict", ""), "empty");
    }

    private static void assertBadRequest(Http.Response response, String expected) {
        assertEquals(400, response.status(), response.body());
        assertTrue(response.error().contains(expected), response.error());
    }

    @Test
    void interfaceErrorReachesTheClient() {
        Http.Response response = app.http.run("predict", "[1, \"divide\", 0]");
        assertEquals(400, response.status());
        assertEquals("Cannot divide by zero!", response.error());
    }

    @Test
    void flaggingTwiceWritesTheGuidesCsv() throws Exception {
        String first = app.http.run("predict", "[5, \"add\", 7]").json().get("event_id").asText();
        String second = app.http.run("predict", "[6, \"subtract\", 1.5]").json().get("event_id").asText();
        assertFalse(Files.exists(app.flaggingDir), "nothing is created before the first flag");
        assertEquals("{\"count\":1}", app.http.flag("predict", first, null).body());
        assertEquals("{\"count\":2}", app.http.flag("predict", second, null).body());
        assertEquals("num1,operation,num2,Output\n5,add,7,12\n6,subtract,1.5,4.5\n",
                Files.readString(app.flaggingDir.resolve("logs.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void flaggingTheSameEventTwiceWritesOneRow() throws Exception {
        String event = app.http.run("predict", "[5, \"add\", 7]").json().get("event_id").asText();
        assertEquals(1, app.http.flag("predict", event, null).json().get("count").asInt());
        assertEquals(1, app.http.flag("predict", event, null).json().get("count").asInt());
        assertEquals(2, Files.readAllLines(app.flaggingDir.resolve("logs.csv")).size());
    }

    @Test
    void flaggingRefusesWhatTheServerDidNotCompute() {
        Http.Response unknown = app.http.flag("predict", "0123456789abcdef0123456789abcdef", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.error().contains("event_id"), unknown.error());
        assertEquals(400, app.http.post("gradio_api/flag/predict", "{\"flag_option\":null}").status());
        String event = app.http.run("predict", "[5, \"add\", 7]").json().get("event_id").asText();
        Http.Response option = app.http.flag("predict", event, "Incorrect");
        assertEquals(400, option.status());
        assertTrue(option.error().contains("flag_option"), option.error());
        assertFalse(Files.exists(app.flaggingDir), "a refused flag writes nothing");
    }

    @Test
    void unknownEndpointsAreJson404s() {
        Http.Response run = app.http.run("nope", "[]");
        assertEquals(404, run.status());
        assertTrue(run.error().contains("nope"));
        assertEquals(404, app.http.flag("nope", "x", null).status());
        Http.Response route = app.http.get("gradio_api/missing");
        assertEquals(404, route.status());
        assertFalse(route.error().isEmpty(), route.body());
    }

    @Test
    void largeBodiesAreRefused() {
        String huge = "[\"" + "x".repeat(1_100_000) + "\", \"add\", 1]";
        Http.Response response = app.http.run("predict", huge);
        assertEquals(413, response.status(), response.body());
        assertTrue(response.json().has("error"));
    }

    @Test
    void crossOriginPostsAreRefused() {
        Http.Response response = app.http.post("gradio_api/run/predict", "{\"data\":[5,\"add\",7]}",
                Map.of("Content-Type", "application/json", "Origin", "https://evil.example"));
        assertEquals(403, response.status());
        Http.Response same = app.http.post("gradio_api/run/predict", "{\"data\":[5,\"add\",7]}",
                Map.of("Content-Type", "application/json", "Origin", "http://127.0.0.1:" + app.server.port()));
        assertEquals(200, same.status());
    }

    @Test
    void pageAndAssetsAreServedWithAStrictPolicy() {
        Http.Response page = app.http.get("");
        assertEquals(200, page.status());
        assertTrue(page.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.raw().headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertTrue(page.body().contains("assets/pennant.js"));
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
        assertEquals(200, app.http.get("assets/pennant.js").status());
        assertEquals(200, app.http.get("assets/pennant.css").status());
        assertEquals(404, app.http.get("assets/..%2Fserver%2FRoutes.class").status());
    }

    @Test
    void closeIsIdempotentAndReleasesBlock() throws Exception {
        Thread blocker = new Thread(app.server::block);
        blocker.start();
        app.server.close();
        app.server.close();
        blocker.join(5000);
        assertFalse(blocker.isAlive());
    }
}
