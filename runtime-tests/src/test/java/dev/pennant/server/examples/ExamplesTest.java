package dev.pennant.server.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.ExampleCalculator;
import dev.pennant.testapp.InlineExampleCalculator;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Examples: inline rows and the input columns of a flagged directory's logs.csv, checked at launch.
 * Reading and checking the rows themselves is tested in the runtime's {@code ExampleRowsTest}.
 */
class ExamplesTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    private JsonNode page(String apiName) {
        for (JsonNode page : app.http.get("config").json().get("pennant").get("interfaces")) {
            if (page.get("api_name").asText().equals(apiName)) {
                return page;
            }
        }
        throw new AssertionError("no interface " + apiName);
    }

    @Test
    void aFlaggedDirectoryAndInlineRowsBecomeClickableExamplesInTheConfig() throws Exception {
        Files.createDirectories(app.flaggingDir.resolve("examples"));
        Files.writeString(app.flaggingDir.resolve("examples/logs.csv"),
                "num1,operation,num2,Output,flag_option,username\n6,subtract,1.5,4.5,incorrect,alice\n-2,divide,4,-0.5,,\n");
        app.start(ServedApp.builder(ExampleCalculator.class, InlineExampleCalculator.class));
        JsonNode flagged = page("examples");
        assertEquals("[\"num1\",\"operation\",\"num2\"]", flagged.get("examples_headers").toString());
        assertEquals("[[6,\"subtract\",1.5],[-2,\"divide\",4]]", flagged.get("examples").toString(),
                "the input columns of each flagged row, as JSON values");
        JsonNode inline = page("inline_examples");
        assertEquals("[\"num1\",\"operation\",\"num2\"]", inline.get("examples_headers").toString());
        assertEquals("[[5,\"add\",7]]", inline.get("examples").toString(), "the inline row, as JSON values");
    }

    @Test
    void aMissingDirectoryStopsTheLaunchNamingIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> app.start(ServedApp.builder(ExampleCalculator.class)));
        assertTrue(e.getMessage().contains(app.flaggingDir.resolve("examples").toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
    }
}
