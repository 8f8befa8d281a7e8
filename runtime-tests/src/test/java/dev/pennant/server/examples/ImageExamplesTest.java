package dev.pennant.server.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.SepiaExamples;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Examples with images, as the guide's {@code examples = "./flagged"} on the sepia filter: the image
 * cells of a flagged directory's logs.csv become thumbnails whose click loads the image as the input.
 * The checks of the files themselves are in the runtime's {@code ImageExampleRowsTest}.
 */
class ImageExamplesTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    /** SepiaExamples' {@code flagged/examples}, with one flagged image and its result. */
    private Path flaggedSepia(String logs) throws Exception {
        Path examples = Files.createDirectories(app.flaggingDir.resolve("examples"));
        Files.createDirectories(examples.resolve("im"));
        Files.createDirectories(examples.resolve("Output"));
        Files.write(examples.resolve("im/0.png"), TestImages.png(Color.ORANGE));
        Files.write(examples.resolve("Output/0.png"), TestImages.png(Color.GRAY));
        Files.writeString(examples.resolve("logs.csv"), logs);
        return examples;
    }

    @Test
    void aFlaggedImageBecomesAnExampleThatCanBeShownAndSubmittedAsTheInput() throws Exception {
        Path examples = flaggedSepia("im,Output\nim/0.png,Output/0.png\n");
        Http http = new Http(app.start(ServedApp.builder(SepiaExamples.class)));
        JsonNode page = http.get("config").json().get("pennant").get("interfaces").get(0);
        assertEquals("[\"im\"]", page.get("examples_headers").toString());
        JsonNode example = page.get("examples").get(0).get(0);
        assertEquals("0.png", example.get("orig_name").asText());
        assertEquals("image/png", example.get("mime_type").asText());
        assertEquals("gradio.FileData", example.get("meta").get("_type").asText());
        String issued = example.get("path").asText();
        assertFalse(issued.startsWith(examples.toString()), "a copy in the server's files, not the flagged file itself: " + issued);

        HttpResponse<byte[]> thumbnail = http.download("gradio_api/file=" + issued);
        assertEquals(200, thumbnail.statusCode());
        assertArrayEquals(Files.readAllBytes(examples.resolve("im/0.png")), thumbnail.body(), "the thumbnail is the flagged image");

        Http.Response result = http.run("sepia", "[" + example + "]");
        assertEquals(200, result.status(), result.body());
        assertEquals("image/png", result.json().get("data").get(0).get("mime_type").asText(),
                "clicking the example and submitting runs the filter on it");
        String eventId = result.json().get("event_id").asText();
        assertEquals(200, http.flag("sepia", eventId, null).status());
        assertEquals("im,Output\nim/0.png,Output/0.png\n",
                Files.readString(app.flaggingDir.resolve("flagged/logs.csv"), StandardCharsets.UTF_8),
                "an example's result flags like any other");
    }
}
