package dev.pennant.flagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.PennantServer;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.AutoCalculator;
import dev.pennant.testapp.Calculator;
import dev.pennant.testapp.ExampleCalculator;
import dev.pennant.testapp.NeverCalculator;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Gradio's own flagging tests that need a served interface (the Interface tests listed in
 * reference/gradio-flagging.md), one Pennant test each; those of the callbacks alone are the runtime's
 * {@code GradioFlaggingTestsPortTest}.
 */
class GradioInterfaceFlaggingTestsPortTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    /** Gradio: TestDisableFlagging.test_flagging_no_permission_error_with_flagging_disabled. */
    @Test
    void neverModeWithAnUnwritableFlaggingDirLaunchesAndClosesWithoutError() throws Exception {
        Files.writeString(app.flaggingDir, "x");   // flagging dir flagged/never cannot be created
        PennantServer server = app.start(ServedApp.builder(NeverCalculator.class));
        assertEquals(200, app.http.post("gradio_api/run/never_calc", "{\"data\":[1,\"add\",2]}").status());
        server.close();
    }

    /** Gradio: test_interface flagging wiring — the flag method is attached for manual and auto, not for never. */
    @Test
    void flaggingIsWiredForManualAndAutoButNotNever() throws Exception {
        // AutoCalculator leaves its mode to the variable; the other two write theirs
        PennantServer server = app.start(ServedApp.builder(Calculator.class, AutoCalculator.class, NeverCalculator.class)
                .environment(Map.of("GRADIO_FLAGGING_MODE", "auto")));
        for (String[] api : new String[][] {{"predict", "200"}, {"auto_calc", "200"}, {"never_calc", "403"}}) {
            String event = app.http.post("gradio_api/run/" + api[0], "{\"data\":[1,\"add\",2]}").json().get("event_id").asText();
            assertEquals(Integer.parseInt(api[1]), app.http.post("gradio_api/flag/" + api[0],
                    "{\"event_id\":\"" + event + "\",\"flag_option\":null}").status(), api[0]);
        }
        server.close();
        assertTrue(Files.exists(app.flaggingDir.resolve("auto/logs.csv")), "auto flagged on its own");
        assertFalse(Files.exists(app.flaggingDir.resolve("never")));
    }

    /** Gradio: test_examples_from_flagged_dir — a flagged directory's log loads the input columns. */
    @Test
    void examplesFromAFlaggedDirectoryLoadTheInputColumns() throws Exception {
        CSVLogger logger = new CSVLogger();
        logger.setup(CSVLoggerTest.CALCULATOR, app.flaggingDir.resolve("examples"));   // ExampleCalculator's examples
        logger.flag(Arrays.asList(5.0, "add", 7.0, 12.0), null, null);
        logger.flag(Arrays.asList(6.0, "subtract", 1.5, 4.5), null, null);
        app.start(ServedApp.builder(ExampleCalculator.class));
        JsonNode page = app.http.get("config").json().get("pennant").get("interfaces").get(0);
        assertEquals("[[5,\"add\",7],[6,\"subtract\",1.5]]", page.get("examples").toString());
    }

}
