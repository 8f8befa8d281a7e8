package dev.pennant.server.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.MediaExamples;
import dev.pennant.testing.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Examples of several files and of a sound, inline and from a flagged directory whose cells list the
 * files as Gradio's CSVLogger writes them: each becomes FileData the server holds, submitted as is.
 */
class MediaExamplesTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    private void write(Path dir, String... names) throws Exception {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            if (name.endsWith(".wav")) {
                Files.write(file, TestMedia.sineWav(8000, 1, 120, 440));
            } else {
                Files.writeString(file, name);
            }
        }
    }

    private JsonNode page(Http http, String apiName) {
        for (JsonNode page : http.get("config").json().get("pennant").get("interfaces")) {
            if (page.get("api_name").asText().equals(apiName)) {
                return page;
            }
        }
        throw new AssertionError("no interface " + apiName);
    }

    @Test
    void inlineAndFlaggedExamplesOfSeveralFilesAndASoundCanBeSubmitted() throws Exception {
        write(app.flaggingDir.resolve("inline"), "a.txt", "b.txt", "hum.wav");
        Path flagged = app.flaggingDir.resolve("media");
        write(flagged, "files/0.txt", "files/1.txt", "files/2.txt", "sound/0.wav");
        Files.writeString(flagged.resolve("logs.csv"), "files,sound,Output\n"
                + "\"[\"\"files/0.txt\"\", \"\"files/1.txt\"\", \"\"files/2.txt\"\"]\",sound/0.wav,3 files\n");
        Http http = new Http(app.start(ServedApp.builder(MediaExamples.class)));

        JsonNode inline = page(http, "inline_media").get("examples").get(0);
        assertEquals(2, inline.get(0).size());
        assertEquals("a.txt", inline.get(0).get(0).get("orig_name").asText());
        assertEquals("audio/wav", inline.get(1).get("mime_type").asText());
        Http.Response result = http.run("inline_media", inline.toString());
        assertEquals(200, result.status(), result.body());
        assertEquals("2 files, 120 frames", result.json().get("data").get(0).asText());

        JsonNode fromFlags = page(http, "flagged_media").get("examples").get(0);
        assertEquals(3, fromFlags.get(0).size());
        assertEquals("2.txt", fromFlags.get(0).get(2).get("orig_name").asText());
        assertEquals("3 files, 120 frames", http.run("flagged_media", fromFlags.toString()).json().get("data").get(0).asText());
    }

    @Test
    void aFlaggedCellNamingAFileOutsideTheDirectoryStopsTheLaunch() throws Exception {
        write(app.flaggingDir.resolve("inline"), "a.txt", "b.txt", "hum.wav");
        Path flagged = app.flaggingDir.resolve("media");
        write(flagged, "files/0.txt", "sound/0.wav");
        Files.writeString(flagged.resolve("logs.csv"), "files,sound,Output\n"
                + "\"[\"\"files/0.txt\"\", \"\"../inline/a.txt\"\"]\",sound/0.wav,x\n");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> app.start(ServedApp.builder(MediaExamples.class)));
        assertTrue(refused.getMessage().contains("row 2 does not fit the inputs: \"files\": \"../inline/a.txt\" climbs out with '..'"),
                refused.getMessage());
    }
}
