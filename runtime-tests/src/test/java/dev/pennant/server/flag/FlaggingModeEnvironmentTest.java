package dev.pennant.server.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.testing.ChildJvm;
import dev.pennant.testapp.ModeProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GRADIO_FLAGGING_MODE read from a real process environment (a child JVM of its own). */
class FlaggingModeEnvironmentTest {
    @TempDir
    Path temp;

    private record Result(int exit, String out, String err) {}

    private Result launch(Map<String, String> environment) throws Exception {
        // in a directory of its own, where the probe's interfaces flag (under flagged/)
        Process process = ChildJvm.builder(ModeProbe.class, environment).directory(temp.toFile()).start();
        // Small outputs: reading one stream to the end before the other cannot block the child.
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Result(process.exitValue(), out, err);
    }

    private static String mode(Result result, String apiName) throws Exception {
        String json = result.out().lines().filter(line -> line.startsWith("{")).findFirst()
                .orElseThrow(() -> new AssertionError("no config printed: " + result));
        for (JsonNode page : Http.JSON.readTree(json).get("pennant").get("interfaces")) {
            if (page.get("api_name").asText().equals(apiName)) {
                return page.get("flagging_mode").asText();
            }
        }
        throw new AssertionError("no interface " + apiName);
    }

    @Test
    void itSetsTheModeOfInterfacesThatDoNotWriteOneInAnyCase() throws Exception {
        Result result = launch(Map.of("GRADIO_FLAGGING_MODE", "Auto"));
        assertEquals(0, result.exit(), result.err());
        assertEquals("auto", mode(result, "twice"), "flaggingMode unwritten: the variable applies");
        assertEquals("manual", mode(result, "predict"), "flaggingMode = MANUAL written: the annotation wins");
    }

    @Test
    void withoutItTheAnnotationsModeApplies() throws Exception {
        Result result = launch(Map.of());
        assertEquals(0, result.exit(), result.err());
        assertEquals("manual", mode(result, "twice"));
    }

    @Test
    void anInvalidValueStopsTheLaunchNamingTheVariableTheValueAndTheAllowedValues() throws Exception {
        Result result = launch(Map.of("GRADIO_FLAGGING_MODE", "sometimes"));
        assertEquals(2, result.exit(), result.out());
        assertEquals("GRADIO_FLAGGING_MODE must be one of manual, auto, never; got \"sometimes\"", result.err().strip());
    }
}
