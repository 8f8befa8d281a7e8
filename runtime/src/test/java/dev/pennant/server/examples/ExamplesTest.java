package dev.pennant.server.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.server.Http;
import dev.pennant.spi.InterfaceSpec;
import dev.pennant.testapp.Echo;
import dev.pennant.testapp.ExampleCalculator;
import dev.pennant.testapp.FlagDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Examples: inline rows and the input columns of a flagged directory's logs.csv, checked at launch. */
class ExamplesTest {
    @TempDir
    Path temp;

    private static InterfaceSpec.Builder echo() {
        return InterfaceSpec.builder(Echo.class, "echo")
                .input(Component.of(ComponentType.TEXTBOX, "text", ValueType.of(String.class)))
                .input(Component.of(ComponentType.NUMBER, "times", ValueType.of(int.class)))
                .input(Component.of(ComponentType.CHECKBOX, "loud", ValueType.of(boolean.class)))
                .input(Component.of(ComponentType.RADIO, "mood", ValueType.enumOf(Echo.Mood.class, Echo.Mood.values())))
                .input(Component.of(ComponentType.SLIDER, "level", ValueType.of(double.class), Map.of("minimum", 0d, "maximum", 10d)))
                .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)));
    }

    @Test
    void aFlaggedDirectoryAndInlineRowsBecomeClickableExamplesInTheConfig() throws Exception {
        FlagDirs.use(temp);
        Files.createDirectories(temp.resolve("examples"));
        Files.writeString(temp.resolve("examples/logs.csv"),
                "num1,operation,num2,Output,flag_option,username\n6,subtract,1.5,4.5,incorrect,alice\n-2,divide,4,-0.5,,\n");
        try (PennantServer server = Pennant.builder().serve(ExampleCalculator.class).port(0).environment(Map.of()).start()) {
            JsonNode page = new Http(server).get("config").json().get("pennant").get("interfaces").get(0);
            assertEquals("[\"num1\",\"operation\",\"num2\"]", page.get("examples_headers").toString());
            assertEquals("[[5,\"add\",7],[6,\"subtract\",1.5],[-2,\"divide\",4]]", page.get("examples").toString(),
                    "the inline row, then the input columns of each flagged row, as JSON values");
        }
    }

    @Test
    void everyKindOfInputIsReadWithItsCodec() throws Exception {
        Files.writeString(temp.resolve("logs.csv"), "text,times,loud,mood,level,Output\n'=1+2,3,true,SAD,2.5,x\nhi,1,False,HAPPY,0,y\n");
        ExampleRows rows = ExampleRows.load(echo().examplesDir(temp.toString()).build(), null);
        assertEquals("[[\"=1+2\",3,true,\"SAD\",2.5],[\"hi\",1,false,\"HAPPY\",0]]", rows.toJson().toString(),
                "the formula guard is undone, booleans in either case, enum names");
    }

    @Test
    void aMissingDirectoryStopsTheLaunchNamingIt() {
        FlagDirs.use(temp.resolve("nowhere"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Pennant.builder().serve(ExampleCalculator.class).port(0).environment(Map.of()).start());
        assertTrue(e.getMessage().contains(temp.resolve("nowhere/examples").toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
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
        assertTrue(e.getMessage().startsWith("The inline example 1 of dev.pennant.testapp.Echo.echo does not fit the inputs")
                && e.getMessage().contains("\"loud\""), e.getMessage());
    }
}
