package dev.pennant.server.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import dev.pennant.server.Http;
import dev.pennant.testapp.AutoCalculator;
import dev.pennant.testapp.Calculator;
import dev.pennant.testapp.FlagDirs;
import dev.pennant.testapp.NeverCalculator;
import dev.pennant.testapp.PairCalculator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's three modes, its options (plain and label/value pairs) and its flagging directory. */
class FlaggingModesTest {
    @TempDir
    Path temp;

    private PennantServer start(Class<?>... classes) {
        Pennant.Builder builder = Pennant.builder().port(0).environment(Map.of());
        for (Class<?> type : classes) {
            builder.serve(type);
        }
        return builder.start();
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
        FlagDirs.use(temp);
        try (PennantServer server = start(Calculator.class)) {
            Http http = new Http(server);
            assertTrue(page(http, "predict").get("flaggable").asBoolean());
            String event = http.run("predict", "[5, \"add\", 7]").json().get("event_id").asText();
            assertFalse(Files.exists(temp.resolve("logs.csv")), "nothing is flagged before the button is pressed");
            assertEquals(1, http.flag("predict", event, null).json().get("count").asInt());
            assertEquals("num1,operation,num2,Output\n5,add,7,12\n", Files.readString(temp.resolve("logs.csv")));
        }
    }

    @Test
    void autoModeFlagsEverySuccessfulSubmissionWithoutButtonOrOptionColumn() throws Exception {
        FlagDirs.use(temp);
        try (PennantServer server = start(AutoCalculator.class)) {
            Http http = new Http(server);
            JsonNode page = page(http, "auto_calc");
            assertEquals("auto", page.get("flagging_mode").asText());
            assertFalse(page.get("flaggable").asBoolean(), "no button in auto mode");
            assertEquals(200, http.run("auto_calc", "[5, \"add\", 7]").status());
            assertEquals(400, http.run("auto_calc", "[1, \"divide\", 0]").status(), "an error is not flagged");
            assertEquals(200, http.run("auto_calc", "[6, \"subtract\", 1.5]").status());
            assertEquals("num1,operation,num2,Output\n5,add,7,12\n6,subtract,1.5,4.5\n",
                    Files.readString(temp.resolve("auto/logs.csv"), StandardCharsets.UTF_8));
        }
    }

    @Test
    void neverModeRefusesFlagsAndTouchesNoDirectoryEvenAnUnwritableOne() throws Exception {
        Path aFile = Files.writeString(temp.resolve("afile"), "a regular file: nothing can be created under it");
        FlagDirs.use(aFile);   // the interface flags to afile/never, which cannot exist
        try (PennantServer server = start(NeverCalculator.class)) {
            Http http = new Http(server);
            assertEquals("never", page(http, "never_calc").get("flagging_mode").asText());
            assertFalse(page(http, "never_calc").get("flaggable").asBoolean());
            Http.Response run = http.run("never_calc", "[5, \"add\", 7]");
            assertEquals("[12]", run.json().get("data").toString());
            Http.Response flag = http.flag("never_calc", run.json().get("event_id").asText(), null);
            assertEquals(403, flag.status());
            assertEquals("Flagging is disabled for \"never_calc\"", flag.error());
        }
        assertEquals("a regular file: nothing can be created under it", Files.readString(aFile));
    }

    @Test
    void labelValuePairsShowTheLabelAndStoreTheValue() throws Exception {
        FlagDirs.use(temp);
        try (PennantServer server = start(PairCalculator.class)) {
            Http http = new Http(server);
            JsonNode options = page(http, "pairs").get("flagging_options");
            assertEquals("[{\"label\":\"Mark as incorrect\",\"value\":\"incorrect\"},"
                    + "{\"label\":\"Mark as offensive\",\"value\":\"offensive\"},"
                    + "{\"label\":\"Mark as problematic\",\"value\":\"problematic\"}]", options.toString());
            String event = http.run("pairs", "[5, \"add\", 7]").json().get("event_id").asText();

            Http.Response label = http.flag("pairs", event, "Mark as incorrect");
            assertEquals(400, label.status(), "the label is not a value");
            assertEquals("flag_option must be one of [incorrect, offensive, problematic]", label.error());
            assertEquals(400, http.flag("pairs", event, "spam").status());
            assertFalse(Files.exists(temp.resolve("pairs")), "a refused flag writes nothing");

            assertEquals(1, http.flag("pairs", event, "incorrect").json().get("count").asInt());
            assertEquals(1, http.flag("pairs", event, "incorrect").json().get("count").asInt(), "a double click");
            assertEquals("num1,operation,num2,Output,flag_option\n5,add,7,12,incorrect\n",
                    Files.readString(temp.resolve("pairs/logs.csv")));
        }
    }

    @Test
    void anAbsoluteFlaggingDirIsCreatedWithItsParentsOnTheFirstFlag() throws Exception {
        Path dir = temp.resolve("a/b/c");
        FlagDirs.use(dir);
        try (PennantServer server = start(Calculator.class)) {
            Http http = new Http(server);
            assertFalse(Files.exists(temp.resolve("a")), "launching creates nothing");
            http.flag("predict", http.run("predict", "[1, \"add\", 1]").json().get("event_id").asText(), null);
            assertEquals("num1,operation,num2,Output\n1,add,1,2\n", Files.readString(dir.resolve("logs.csv")));
        }
    }

    @Test
    void aRelativeFlaggingDirIsResolvedAgainstTheWorkingDirectory() throws Exception {
        // The tests run in the module directory; target/ is the build's scratch space.
        Path relative = Path.of("target", "relative-flags-" + UUID.randomUUID(), "nested");
        FlagDirs.use(relative);
        try (PennantServer server = start(Calculator.class)) {
            Http http = new Http(server);
            http.flag("predict", http.run("predict", "[2, \"multiply\", 3]").json().get("event_id").asText(), null);
            Path expected = Path.of(System.getProperty("user.dir")).resolve(relative).resolve("logs.csv");
            assertEquals("num1,operation,num2,Output\n2,multiply,3,6\n", Files.readString(expected));
        } finally {
            dev.pennant.testapp.Trees.delete(relative.getParent());
        }
    }
}
