package dev.pennant.flagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.spi.FlagChoice;
import dev.pennant.spi.InterfaceSpec;
import dev.pennant.testapp.AutoCalculator;
import dev.pennant.testapp.Calculator;
import dev.pennant.testapp.ExampleCalculator;
import dev.pennant.testapp.FlagDirs;
import dev.pennant.testapp.NeverCalculator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradio's own flagging tests (test/test_flagging.py and the Interface tests listed in
 * reference/gradio-flagging.md), one Pennant test each.
 */
class GradioFlaggingTestsPortTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    /** Gradio: TestDefaultFlagging.test_default_flagging_callback — two flags return 1 then 2. */
    @Test
    void defaultCallbackCountsTwoFlagsAsOneThenTwo() throws Exception {
        CSVLogger logger = new CSVLogger();
        logger.setup(CSVLoggerTest.CALCULATOR, temp);
        assertEquals(1, logger.flag(Arrays.asList(5.0, "add", 7.0, 12.0), null, null));
        assertEquals(2, logger.flag(Arrays.asList(6.0, "subtract", 1.5, 4.5), null, null));
    }

    /** Gradio: test_files_saved_as_file_paths — the image cell ends with the file name, and the file is there. */
    @Test
    void fileValuesAreSavedAsFilePathsInTheCsv() throws Exception {
        Path upload = temp.resolve("upload.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", upload.toFile());
        CSVLogger logger = new CSVLogger();
        Path dir = temp.resolve("flagged");
        logger.setup(List.of(Component.of(ComponentType.IMAGE, "im", ValueType.of(Path.class)),
                Component.of(ComponentType.NUMBER, "Output", ValueType.of(double.class))), dir);
        logger.flag(Arrays.asList(upload, 1.0), null, null);
        List<String> lines = Files.readAllLines(dir.resolve("logs.csv"));
        assertEquals("im,Output", lines.get(0));
        String cell = lines.get(1).split(",")[0];
        assertEquals("im/0.png", cell);
        assertArrayEquals(Files.readAllBytes(upload), Files.readAllBytes(dir.resolve(cell)));
    }

    /** Gradio: test_flagging_does_not_create_unnecessary_directories — text creates only the CSV. */
    @Test
    void flaggingTextCreatesNoExtraDirectories() throws Exception {
        CSVLogger logger = new CSVLogger();
        logger.setup(CSVLoggerTest.CALCULATOR, temp);
        logger.flag(Arrays.asList(5.0, "add", 7.0, 12.0), null, null);
        try (Stream<Path> entries = Files.list(temp)) {
            assertEquals(List.of(".logs.lock", "logs.csv"), entries.map(p -> p.getFileName().toString()).sorted().toList(),
                    "only the CSV (and the lock file that guards it)");
        }
    }

    /** Gradio: TestSimpleFlagging.test_simple_csv_flagging_callback — counts returned. */
    @Test
    void simpleCsvLoggerReturnsCounts() throws Exception {
        SimpleCSVLogger logger = new SimpleCSVLogger();
        logger.setup(CSVLoggerTest.CALCULATOR, temp);
        assertEquals(1, logger.flag(Arrays.asList(5.0, "add", 7.0, 12.0), null, null));
        assertEquals(2, logger.flag(Arrays.asList(6.0, "subtract", 1.5, 4.5), null, null));
    }

    /** Gradio: TestDisableFlagging.test_flagging_no_permission_error_with_flagging_disabled. */
    @Test
    void neverModeWithAnUnwritableFlaggingDirLaunchesAndClosesWithoutError() throws Exception {
        FlagDirs.use(Files.writeString(temp.resolve("afile"), "x"));   // flagging dir afile/never cannot be created
        try (PennantServer server = Pennant.builder().serve(NeverCalculator.class).port(0).environment(Map.of()).start()) {
            assertEquals(200, post(server, "gradio_api/run/never_calc", "{\"data\":[1,\"add\",2]}").statusCode());
        }
    }

    /** Gradio: test_interface flagging wiring — the flag method is attached for manual and auto, not for never. */
    @Test
    void flaggingIsWiredForManualAndAutoButNotNever() throws Exception {
        FlagDirs.use(temp);
        try (PennantServer server = Pennant.builder().serve(Calculator.class).serve(AutoCalculator.class)
                .serve(NeverCalculator.class).port(0).environment(Map.of()).start()) {
            for (String[] api : new String[][] {{"predict", "200"}, {"auto_calc", "200"}, {"never_calc", "403"}}) {
                String event = JSON.readTree(post(server, "gradio_api/run/" + api[0], "{\"data\":[1,\"add\",2]}").body())
                        .get("event_id").asText();
                assertEquals(Integer.parseInt(api[1]), post(server, "gradio_api/flag/" + api[0],
                        "{\"event_id\":\"" + event + "\",\"flag_option\":null}").statusCode(), api[0]);
            }
        }
        assertTrue(Files.exists(temp.resolve("auto/logs.csv")), "auto flagged on its own");
        assertFalse(Files.exists(temp.resolve("never")));
    }

    /** Gradio: test_flagging_options normalisation — none, strings, pairs. */
    @Test
    void optionsNormaliseLikeGradios() {
        InterfaceSpec none = InterfaceSpec.builder(Calculator.class, "calculator").build();
        assertEquals(List.of(), none.flaggingOptions(), "no options: one plain \"Flag\" button and no value");
        InterfaceSpec plain = InterfaceSpec.builder(Calculator.class, "calculator").flaggingOptions("yes", "no").build();
        assertEquals(List.of(new FlagChoice("Flag as yes", "yes"), new FlagChoice("Flag as no", "no")), plain.flaggingOptions());
        InterfaceSpec pairs = InterfaceSpec.builder(Calculator.class, "calculator")
                .flaggingOption("Mark as incorrect", "incorrect").build();
        assertEquals(List.of(new FlagChoice("Mark as incorrect", "incorrect")), pairs.flaggingOptions(), "pairs unchanged");
    }

    /** Gradio: test_examples_from_flagged_dir — a flagged directory's log loads the input columns. */
    @Test
    void examplesFromAFlaggedDirectoryLoadTheInputColumns() throws Exception {
        FlagDirs.use(temp);
        CSVLogger logger = new CSVLogger();
        logger.setup(CSVLoggerTest.CALCULATOR, temp.resolve("examples"));
        logger.flag(Arrays.asList(6.0, "subtract", 1.5, 4.5), null, null);
        try (PennantServer server = Pennant.builder().serve(ExampleCalculator.class).port(0).environment(Map.of()).start()) {
            JsonNode page = JSON.readTree(HTTP.send(HttpRequest.newBuilder(server.uri().resolve("config")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("pennant").get("interfaces").get(0);
            assertEquals("[[5,\"add\",7],[6,\"subtract\",1.5]]", page.get("examples").toString());
        }
    }

    /** Gradio: test_sanitize_for_csv — formulas get a quote, plain values do not. */
    @Test
    void formulasAreNeutralisedAndNothingElse() throws Exception {
        assertEquals("'=OPEN()", cell("=OPEN()"));
        assertEquals("'=1+2", cell("=1+2"));
        assertEquals("1+1=2", cell("1+1=2"));
        assertEquals("4", cell("4"));
        assertEquals("-5", cell(-5.0), "a negative number is not a formula (Gradio #9287)");
        assertEquals("'\rx", cell("\rx"), "nor is a leading CR missed (Gradio #13837)");
    }

    /** The cell a Textbox (for text) or a Number (for a double) gets when flagged. */
    private String cell(Object value) throws Exception {
        Component component = value instanceof String
                ? Component.of(ComponentType.TEXTBOX, "text", ValueType.of(String.class))
                : Component.of(ComponentType.NUMBER, "n", ValueType.of(double.class));
        return new FlaggedFiles(List.of(component), temp).save(Arrays.asList(value)).get(0);
    }

    private static HttpResponse<String> post(PennantServer server, String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
