package dev.pennant.components.codec;

import static dev.pennant.components.codec.InvalidInputs.assertMessage;
import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files (Gradio's file_count="multiple"): a list of FileData in and out, one flagged file each. */
class FilesCodecTest {
    private static final Component FILES = Component.of(ComponentType.FILE, "files",
            ValueType.listOf(ValueType.of(Path.class)), Map.of("file_count", "multiple"));
    private static final ComponentCodec CODEC = Codecs.of(FILES);

    @TempDir
    Path temp;

    static String fileData(StoredFile file) {
        return "{\"path\": \"" + file.issuedPath() + "\", \"meta\": {\"_type\": \"gradio.FileData\"}}";
    }

    @Test
    void aListOfUploadsArrivesAsTheirPathsInOrder() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile a = server.save("alpha".getBytes(StandardCharsets.UTF_8), "a.txt");
        StoredFile b = server.save("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "b.pdf");

        assertEquals(List.of(b.path(), a.path()), CODEC.decode(FILES, json("[" + fileData(b) + ", " + fileData(a) + "]"), server));
        assertEquals(List.of(), CODEC.decode(FILES, json("[]"), server));
        assertEquals(null, CODEC.decode(FILES, json("null"), server));
    }

    @Test
    void anythingButAListOfIssuedFilesIsRefusedNamingTheInput() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile a = server.save("alpha".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertMessage(() -> CODEC.decode(FILES, json("{\"path\": \"a.txt\"}"), server), "files",
                "expected a list of files, got {\"path\":\"a.txt\"}");
        assertMessage(() -> CODEC.decode(FILES, json("[" + fileData(a) + ", null]"), server), "files", "file 2 of 2 is missing");
        assertMessage(() -> CODEC.decode(FILES, json("[{\"path\": \"/etc/passwd\"}]"), server), "files",
                "the file \"/etc/passwd\" was not received by this server (or has expired); "
                        + "upload it with POST /upload and send the path it returns");
    }

    @Test
    void returnedFilesAreCopiedAndFlaggedAsOneFileEachInGradiosCell() throws Exception {
        TestServer server = new TestServer(temp);
        Path notes = Files.writeString(temp.resolve("notes.txt"), "hi");
        Path report = Files.write(temp.resolve("report"), "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

        JsonNode sent = CODEC.encode(FILES, List.of(notes, report), server);
        assertEquals(2, sent.size());
        assertEquals("notes.txt", sent.get(0).get("orig_name").asText());
        assertEquals("application/pdf", sent.get(1).get("mime_type").asText());
        Object kept = CODEC.kept(FILES, List.of(notes, report), sent);
        assertEquals(List.of(Path.of(sent.get(0).get("path").asText()), Path.of(sent.get(1).get("path").asText())), kept);

        assertEquals("[\"files/0.txt\", \"files/1.pdf\"]", CODEC.flag(FILES, kept, server.flagFolder("files")));
        assertEquals("hi", Files.readString(temp.resolve("files/0.txt")));
    }

    @Test
    void anExampleCellListsFilesInsideTheExamplesDirectory() throws Exception {
        Files.createDirectories(temp.resolve("examples/files"));
        Files.writeString(temp.resolve("examples/files/0.txt"), "zero");
        Files.writeString(temp.resolve("examples/files/1.txt"), "one");
        TestServer server = new TestServer(temp, temp.resolve("examples"), 40_000_000);

        JsonNode example = CODEC.readFlag(FILES, "[\"files/0.txt\", \"files/1.txt\"]", server);
        assertEquals(2, example.size());
        assertEquals("one", Files.readString(Path.of(example.get(1).get("path").asText())));
        assertEquals(1, CODEC.readFlag(FILES, "files/0.txt", server).size());
        IllegalArgumentException outside = assertThrows(IllegalArgumentException.class,
                () -> CODEC.readFlag(FILES, "[\"files/0.txt\", \"/etc/passwd\"]", server));
        assertTrue(outside.getMessage().contains("is an absolute path"), outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CODEC.readFlag(FILES, "[\"files/0.txt\", 5]", server));
    }

    @Test
    void theApiInfoIsAListOfFileData() {
        assertEquals("array", CODEC.apiSchema(FILES).get("type").asText());
        assertEquals("FileData", CODEC.apiSchema(FILES).get("items").get("title").asText());
        assertEquals("list[filepath]", CODEC.pythonType(FILES));
        assertEquals("multiple", TestServer.MAPPER.valueToTree(configOf(FILES)).get("file_count").asText());
    }

    static JsonNode configOf(Component component) {
        var props = TestServer.MAPPER.createObjectNode();
        Codecs.of(component).config(component, props);
        return props;
    }
}
