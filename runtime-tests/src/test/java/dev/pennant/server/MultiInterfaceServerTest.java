package dev.pennant.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.Pennant;
import dev.pennant.testapp.Calculator;
import dev.pennant.testapp.Classifier;
import dev.pennant.testapp.Echo;
import dev.pennant.testapp.Quiet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several interfaces in one app: name de-duplication, instance methods, options, auto and never modes. */
class MultiInterfaceServerTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(Calculator.class, new Classifier(0.7), Quiet.class, Echo.class);

    @Test
    void repeatedApiNamesGetSuffixes() {
        JsonNode config = app.http.get("config").json();
        assertEquals("Pennant", config.get("title").asText());
        JsonNode deps = config.get("dependencies");
        assertEquals("predict", deps.get(0).get("api_name").asText());
        assertEquals("predict_1", deps.get(1).get("api_name").asText());
        assertEquals("predict_2", deps.get(2).get("api_name").asText());
        assertEquals("echo", deps.get(3).get("api_name").asText());
        JsonNode named = app.http.get("gradio_api/info").json().get("named_endpoints");
        assertTrue(named.has("/predict_1") && named.has("/echo"));
        JsonNode pages = config.get("pennant").get("interfaces");
        JsonNode options = pages.get(1).get("flagging_options");
        assertEquals(3, options.size());
        assertEquals("Flag as Incorrect", options.get(0).get("label").asText());
        assertEquals("Incorrect", options.get(0).get("value").asText());
        assertEquals("never", pages.get(2).get("flagging_mode").asText());
        assertEquals("auto", pages.get(3).get("flagging_mode").asText());
        assertFalse(pages.get(3).get("flaggable").asBoolean());
        assertEquals("echo", pages.get(3).get("title").asText(), "an empty title falls back to the method name");
    }

    @Test
    void instanceMethodLabelOutputAndOptions() throws Exception {
        Http.Response response = app.http.run("predict_1", "[\"meow\"]");
        assertEquals(200, response.status(), response.body());
        assertEquals("[{\"label\":\"cat\",\"confidence\":0.7},{\"label\":\"dog\",\"confidence\":0.3}]",
                response.json().get("data").get(0).get("confidences").toString());
        assertEquals("cat", response.json().get("data").get(0).get("label").asText());
        String event = response.json().get("event_id").asText();
        assertEquals(400, app.http.flag("predict_1", event, null).status(), "an option is required when options exist");
        assertEquals(400, app.http.flag("predict_1", event, "Boring").status());
        assertEquals(1, app.http.flag("predict_1", event, "Incorrect").json().get("count").asInt());
        String formula = app.http.run("predict_1", "[\"=HYPERLINK(\\\"x\\\")\"]").json().get("event_id").asText();
        assertEquals(2, app.http.flag("predict_1", formula, "Other").json().get("count").asInt());
        assertEquals("text,Output,flag_option\n"
                        + "meow,\"{'cat': 0.7, 'dog': 0.3}\",Incorrect\n"
                        + "\"'=HYPERLINK(\"\"x\"\")\",\"{'cat': 0.30000000000000004, 'dog': 0.7}\",Other\n",
                Files.readString(app.flaggingDir.resolve("classifier/logs.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void neverModeHasNoFlaggingAtAll() {
        assertEquals("[9]", app.http.run("predict_2", "[3]").json().get("data").toString());
        String event = app.http.run("predict_2", "[3]").json().get("event_id").asText();
        Http.Response flag = app.http.flag("predict_2", event, null);
        assertEquals(403, flag.status());
        assertTrue(flag.error().contains("disabled"), flag.error());
        assertFalse(Files.exists(app.flaggingDir.resolve("never")));
    }

    @Test
    void autoModeFlagsEverySuccessfulSubmission() throws Exception {
        Http.Response ok = app.http.run("echo", "[\"hi\", 2, true, \"SAD\", 2.5]");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("[\"HI HI (SAD, 2.5)\"]", ok.json().get("data").toString());
        assertEquals(400, app.http.run("echo", "[\"hi\", 2, true, \"ANGRY\", 2.5]").status());
        assertEquals("text,times,loud,mood,level,Output\nhi,2,true,SAD,2.5,\"HI HI (SAD, 2.5)\"\n",
                Files.readString(app.flaggingDir.resolve("echo/logs.csv"), StandardCharsets.UTF_8));
        // flagging the auto-flagged event again is a no-op with the same count
        assertEquals(1, app.http.flag("echo", ok.json().get("event_id").asText(), null).json().get("count").asInt());
    }

    @Test
    void typedInputsAreCheckedPerInput() {
        assertError(app.http.run("echo", "[\"hi\", 1.5, true, \"SAD\", 1]"), "times", "whole number");
        assertError(app.http.run("echo", "[\"hi\", 2147483648, true, \"SAD\", 1]"), "times", "out of range");
        assertError(app.http.run("echo", "[\"hi\", 2, \"yes\", \"SAD\", 1]"), "loud", "true or false");
        assertError(app.http.run("echo", "[\"hi\", 2, true, \"ANGRY\", 1]"), "mood", "[HAPPY, SAD]");
        assertError(app.http.run("echo", "[\"hi\", 2, true, \"SAD\", 11]"), "level", "range");
        assertError(app.http.run("echo", "[\"hi\", 2, true, \"SAD\", 1e400]"), "level", "too large");
        assertEquals(200, app.http.run("echo", "[\"hi\", 2.0, false, \"HAPPY\", 0]").status(), "2.0 is a whole number");
    }

    private static void assertError(Http.Response response, String label, String detail) {
        assertEquals(400, response.status(), response.body());
        assertTrue(response.error().contains("\"" + label + "\"") && response.error().contains(detail), response.error());
    }

    @Test
    void internalErrorsHideTheirDetails() {
        Http.Response response = app.http.run("echo", "[\"boom\", 1, false, \"SAD\", 1]");
        assertEquals(500, response.status());
        assertEquals("{\"error\":\"Internal error; see the server log\"}", response.body());
        assertEquals(200, app.http.run("echo", "[\"fine\", 1, false, \"SAD\", 1]").status(), "the server keeps serving");
    }
}
