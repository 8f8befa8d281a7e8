package dev.pennant.server.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.spi.InterfaceSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's own reading and checking of example rows, on specs made by hand in the test (no server):
 * what the processor cannot check because it only sees the files at launch, and what it rejects at
 * compile time but a hand-made spec may still hold. Served examples are tested on generated code in
 * runtime-tests' {@code ExamplesTest}.
 */
class ExampleRowsTest {
    /** The class the hand-made specs name; only its name shows, in messages. */
    static final class Echo {}

    enum Mood { HAPPY, SAD }

    @TempDir
    Path temp;

    private static InterfaceSpec.Builder echo() {
        return InterfaceSpec.builder(Echo.class, "echo")
                .input(Component.of(ComponentType.TEXTBOX, "text", ValueType.of(String.class)))
                .input(Component.of(ComponentType.NUMBER, "times", ValueType.of(int.class)))
                .input(Component.of(ComponentType.CHECKBOX, "loud", ValueType.of(boolean.class)))
                .input(Component.of(ComponentType.RADIO, "mood", ValueType.enumOf(Mood.class, Mood.values())))
                .input(Component.of(ComponentType.SLIDER, "level", ValueType.of(double.class), Map.of("minimum", 0d, "maximum", 10d)))
                .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)));
    }

    @Test
    void inlineRowsComeFirstThenTheInputColumnsOfEachFlaggedRow() throws Exception {
        Files.writeString(temp.resolve("logs.csv"), "text,times,loud,mood,level,Output\nflagged,2,true,SAD,1,x\n");
        ExampleRows rows = ExampleRows.load(echo().example("inline", "1", "false", "HAPPY", "0").examplesDir(temp.toString()).build(), null);
        assertEquals("[[\"inline\",1,false,\"HAPPY\",0],[\"flagged\",2,true,\"SAD\",1]]", rows.toJson().toString(),
                "the inline row, then the flagged directory's, as JSON values");
    }

    @Test
    void everyKindOfInputIsReadWithItsCodec() throws Exception {
        Files.writeString(temp.resolve("logs.csv"), "text,times,loud,mood,level,Output\n'=1+2,3,true,SAD,2.5,x\nhi,1,False,HAPPY,0,y\n");
        ExampleRows rows = ExampleRows.load(echo().examplesDir(temp.toString()).build(), null);
        assertEquals("[[\"=1+2\",3,true,\"SAD\",2.5],[\"hi\",1,false,\"HAPPY\",0]]", rows.toJson().toString(),
                "the formula guard is undone, booleans in either case, enum names");
    }

    @Test
    void aDirectoryWithoutLogsCsvStopsTheLaunch() throws Exception {
        Files.createDirectories(temp.resolve("empty"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExampleRows.load(echo().examplesDir(temp.resolve("empty").toString()).build(), null));
        assertTrue(e.getMessage().contains("has no logs.csv") && e.getMessage().contains(temp.resolve("empty/logs.csv").toString()),
                e.getMessage());
    }

    @Test
    void aRowThatDoesNotFitStopsTheLaunchNamingTheFileAndRow() throws Exception {
        Path log = temp.resolve("logs.csv");
        Files.writeString(log, "text,times,loud,mood,level\nok,1,true,SAD,1\nok,two,true,SAD,1\n");
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> ExampleRows.load(echo().examplesDir(temp.toString()).build(), null));
        assertEquals(log + " row 3 does not fit the inputs: Invalid value for input \"times\": expected a number, got \"two\"",
                bad.getMessage());

        Files.writeString(log, "text,times,loud,mood,level\nok,1,true,ANGRY,1\n");
        assertTrue(assertThrows(IllegalStateException.class, () -> ExampleRows.load(echo().examplesDir(temp.toString()).build(), null))
                .getMessage().contains("row 2 does not fit the inputs: Invalid value for input \"mood\""));

        Files.writeString(log, "text,times,loud,mood,level\nok,1,true,SAD,11\n");
        assertTrue(assertThrows(IllegalStateException.class, () -> ExampleRows.load(echo().examplesDir(temp.toString()).build(), null))
                .getMessage().contains("outside the slider's range"));

        Files.writeString(log, "text,times\nok,1\n");
        assertTrue(assertThrows(IllegalStateException.class, () -> ExampleRows.load(echo().examplesDir(temp.toString()).build(), null))
                .getMessage().contains("row 2 has 2 cells"));
    }

    @Test
    void aBadInlineExampleStopsTheLaunch() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ExampleRows.load(echo().example("hi", "1", "maybe", "SAD", "1").build(), null));
        assertTrue(e.getMessage().startsWith("The inline example 1 of dev.pennant.server.examples.ExampleRowsTest$Echo.echo does not fit the inputs")
                && e.getMessage().contains("\"loud\""), e.getMessage());
    }
}
