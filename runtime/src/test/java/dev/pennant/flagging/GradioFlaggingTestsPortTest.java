package dev.pennant.flagging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.spi.FlagChoice;
import dev.pennant.spi.InterfaceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradio's own flagging tests (test/test_flagging.py and the Interface tests listed in
 * reference/gradio-flagging.md), one Pennant test each: here those of the flagging callbacks themselves;
 * those that need a served interface are in runtime-tests' {@code GradioInterfaceFlaggingTestsPortTest}.
 */
class GradioFlaggingTestsPortTest {
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

    /** Gradio: test_flagging_options normalisation — none, strings, pairs (specs made by hand: only the options matter). */
    @Test
    void optionsNormaliseLikeGradios() {
        InterfaceSpec none = InterfaceSpec.builder(GradioFlaggingTestsPortTest.class, "calculator").build();
        assertEquals(List.of(), none.flaggingOptions(), "no options: one plain \"Flag\" button and no value");
        InterfaceSpec plain = InterfaceSpec.builder(GradioFlaggingTestsPortTest.class, "calculator").flaggingOptions("yes", "no").build();
        assertEquals(List.of(new FlagChoice("Flag as yes", "yes"), new FlagChoice("Flag as no", "no")), plain.flaggingOptions());
        InterfaceSpec pairs = InterfaceSpec.builder(GradioFlaggingTestsPortTest.class, "calculator")
                .flaggingOption("Mark as incorrect", "incorrect").build();
        assertEquals(List.of(new FlagChoice("Mark as incorrect", "incorrect")), pairs.flaggingOptions(), "pairs unchanged");
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
}
