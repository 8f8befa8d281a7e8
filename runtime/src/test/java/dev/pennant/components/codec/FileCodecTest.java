package dev.pennant.components.codec;

import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any file: the path of an upload in, a stored copy out, the file in its folder when flagged. */
class FileCodecTest {
    private static final ComponentCodec FILE = Codecs.of(ComponentType.FILE);
    private static final Component REPORT = Component.of(ComponentType.FILE, "Report", ValueType.of(Path.class));

    @TempDir
    Path temp;

    @Test
    void anUploadArrivesAsItsPathAndAnOutputIsCopied() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile upload = server.save("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "report.pdf");
        assertEquals(upload.path(), FILE.decode(REPORT, json("{\"path\": \"" + upload.issuedPath() + "\"}"), server));

        Path own = Files.writeString(temp.resolve("notes.txt"), "hello");
        JsonNode sent = FILE.encode(REPORT, own, server);
        assertEquals("notes.txt", sent.get("orig_name").asText());
        assertEquals(5, sent.get("size").asLong());
        assertFalse(sent.get("is_stream").asBoolean());
        assertEquals(Path.of(sent.get("path").asText()), FILE.kept(REPORT, own, sent));
    }

    @Test
    void aFlaggedFileKeepsItsExtensionUnlessItsBytesSayOtherwise() throws Exception {
        TestServer server = new TestServer(temp);
        FlagFolder folder = server.flagFolder("Report");
        assertEquals("Report/0.txt", FILE.flag(REPORT, Files.writeString(temp.resolve("notes.TXT"), "hi"), folder));
        assertEquals("Report/1", FILE.flag(REPORT, Files.writeString(temp.resolve("odd.t x t"), "hi"), folder));
        assertEquals("Report/2.png", FILE.flag(REPORT, Files.write(temp.resolve("photo.dat"), TestImages.png(Color.RED)), folder));
        assertArrayEquals(TestImages.png(Color.RED), Files.readAllBytes(temp.resolve("Report/2.png")));
    }

    @Test
    void anExampleCellNamesAnyFileInsideTheExamplesDirectory() throws Exception {
        Files.createDirectories(temp.resolve("examples/Report"));
        Files.writeString(temp.resolve("examples/Report/0.txt"), "not an image, and that is fine");
        TestServer server = new TestServer(temp, temp.resolve("examples"), 40_000_000);

        JsonNode example = FILE.readFlag(REPORT, "Report/0.txt", server);
        assertEquals("0.txt", example.get("orig_name").asText());
        assertEquals("not an image, and that is fine", Files.readString(Path.of(example.get("path").asText())));
    }
}
