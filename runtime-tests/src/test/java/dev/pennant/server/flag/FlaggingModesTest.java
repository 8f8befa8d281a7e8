package dev.pennant.server.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.AbsoluteCalculator;
import dev.pennant.testapp.AutoCalculator;
import dev.pennant.testapp.Calculator;
import dev.pennant.testapp.NeverCalculator;
import dev.pennant.testapp.PairCalculator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guide's three modes, its options (plain and label/value pairs) and its flagging directory. */
class FlaggingModesTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    private Http start(Class<?> demo) {
        return new Http(app.start(ServedApp.builder(demo)));
    }

    private static JsonNode page(Http http, String apiName) {
        for (JsonNode page : http.get("config").json().get("pennant").get("interfaces")) {
            if (page.get("api_name").asText().equals(apiName)) {
                return page;
            }
        }
        throw new AssertionError("no interface " + apiName);
    }

    @Test
    void manualModeShowsAFlagButtonAndFlagsOnlyWhenClicked() throws Exception {
        Http http = start(Calculator.class);
        assertTrue(page(http, "predict").get("flaggable").asBoolean());
        String event = http.run("predict", "[5, \"add\", 7]").json().get("event_id").asText();
        assertFalse(Files.exists(app.flaggingDir.resolve("logs.csv")), "nothing is flagged before the button is pressed");
        assertEquals(1, http.flag("predict", event, null).json().get("count").asInt());
        assertEquals("num1,operation,num2,Output\n5,add,7,12\n", Files.readString(app.flaggingDir.resolve("logs.csv")));
    }

    @Test
    void autoModeFlagsEverySuccessfulSubmissionWithoutButtonOrOptionColumn() throws Exception {
        // options written, the mode left to the variable (see AutoCalculator)
        Http http = new Http(app.start(ServedApp.builder(AutoCalculator.class)
                .environment(Map.of("GRADIO_FLAGGING_MODE", "auto"))));
        JsonNode page = page(http, "auto_calc");
        assertEquals("auto", page.get("flagging_mode").asText());
        assertFalse(page.get("flaggable").asBoolean(), "no button in auto mode");
        assertEquals(200, http.run("auto_calc", "[5, \"add\", 7]").status());
        assertEquals(400, http.run("auto_calc", "[1, \"divide\", 0]").status(), "an error is not flagged");
        assertEquals(200, http.run("auto_calc", "[6, \"subtract\", 1.5]").status());
        assertEquals("num1,operation,num2,Output\n5,add,7,12\n6,subtract,1.5,4.5\n",
                Files.readString(app.flaggingDir.resolve("auto/logs.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void neverModeRefusesFlagsAndTouchesNoDirectoryEvenAnUnwritableOne() throws Exception {
        // the interface flags to flagged/never, which cannot exist under a regular file
        Path aFile = Files.writeString(app.flaggingDir, "a regular file: nothing can be created under it");
        Http http = start(NeverCalculator.class);
        assertEquals("never", page(http, "never_calc").get("flagging_mode").asText());
        assertFalse(page(http, "never_calc").get("flaggable").asBoolean());
        Http.Response run = http.run("never_calc", "[5, \"add\", 7]");
        assertEquals("[12]", run.json().get("data").toString());
        Http.Response flag = http.flag("never_calc", run.json().get("event_id").asText(), null);
        assertEquals(403, flag.status());
        assertEquals("Flagging is disabled for \"never_calc\"", flag.error());
        app.server.close();
        assertEquals("a regular file: nothing can be created under it", Files.readString(aFile));
    }

    @Test
    void labelValuePairsShowTheLabelAndStoreTheValue() throws Exception {
        Http http = start(PairCalculator.class);
        JsonNode options = page(http, "pairs").get("flagging_options");
        assertEquals("[{\"label\":\"Mark as incorrect\",\"value\":\"incorrect\"},"
                + "{\"label\":\"Mark as offensive\",\"value\":\"offensive\"},"
                + "{\"label\":\"Mark as problematic\",\"value\":\"problematic\"}]", options.toString());
        String event = http.run("pairs", "[5, \"add\", 7]").json().get("event_id").asText();

        Http.Response label = http.flag("pairs", event, "Mark as incorrect");
        assertEquals(400, label.status(), "the label is not a value");
        assertEquals("flag_option must be one of [incorrect, offensive, problematic]", label.error());
        assertEquals(400, http.flag("pairs", event, "spam").status());
        assertFalse(Files.exists(app.flaggingDir.resolve("pairs")), "a refused flag writes nothing");

        assertEquals(1, http.flag("pairs", event, "incorrect").json().get("count").asInt());
        assertEquals(1, http.flag("pairs", event, "incorrect").json().get("count").asInt(), "a double click");
        assertEquals("num1,operation,num2,Output,flag_option\n5,add,7,12,incorrect\n",
                Files.readString(app.flaggingDir.resolve("pairs/logs.csv")));
    }

    @Test
    void anAbsoluteFlaggingDirIsCreatedWithItsParentsOnTheFirstFlag() throws Exception {
        Http http = start(AbsoluteCalculator.class);   // flags to /proc/self/cwd/flagged/a/b/c
        assertFalse(Files.exists(app.flaggingDir.resolve("a")), "launching creates nothing");
        http.flag("absolute", http.run("absolute", "[1, \"add\", 1]").json().get("event_id").asText(), null);
        assertEquals("num1,operation,num2,Output\n1,add,1,2\n", Files.readString(app.flaggingDir.resolve("a/b/c/logs.csv")));
    }

    @Test
    void aRelativeFlaggingDirIsResolvedAgainstTheWorkingDirectory() throws Exception {
        Http http = start(Calculator.class);   // flags to flagged/
        http.flag("predict", http.run("predict", "[2, \"multiply\", 3]").json().get("event_id").asText(), null);
        Path expected = Path.of(System.getProperty("user.dir")).resolve("flagged").resolve("logs.csv");
        assertEquals("num1,operation,num2,Output\n2,multiply,3,6\n", Files.readString(expected));
    }
}
