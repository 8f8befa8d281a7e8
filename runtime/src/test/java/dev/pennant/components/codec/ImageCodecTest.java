package dev.pennant.components.codec;

import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sepia filter's image: FileData of a file the server holds in, a stored PNG out, {@code im/0.png} when flagged. */
class ImageCodecTest {
    private static final ComponentCodec IMAGE = Codecs.of(ComponentType.IMAGE);

    @TempDir
    Path temp;

    private static Component image(Class<?> type) {
        return Component.of(ComponentType.IMAGE, "im", ValueType.of(type));
    }

    private static JsonNode fileData(StoredFile file) {
        return json("{\"path\": \"" + file.issuedPath() + "\", \"meta\": {\"_type\": \"gradio.FileData\"}}");
    }

    @Test
    void anUploadArrivesAsTheTypeTheMethodTakes() throws Exception {
        TestServer server = new TestServer(temp);
        StoredFile upload = server.save(TestImages.png(Color.RED), "cat.png");

        BufferedImage decoded = (BufferedImage) IMAGE.decode(image(BufferedImage.class), fileData(upload), server);
        assertEquals(Color.RED.getRGB(), decoded.getRGB(7, 5));
        assertArrayEquals(TestImages.png(Color.RED), (byte[]) IMAGE.decode(image(byte[].class), fileData(upload), server));
        assertEquals(upload.path(), IMAGE.decode(image(Path.class), fileData(upload), server));
    }

    @Test
    void onlyFilesTheServerIssuedAreAccepted() throws Exception {
        TestServer server = new TestServer(temp);
        Component im = image(BufferedImage.class);
        InvalidInputs.assertMessage(() -> IMAGE.decode(im, json("\"cat.png\""), server), "im",
                "expected a file: {\"path\": \"...\", \"meta\": {\"_type\": \"gradio.FileData\"}}; upload it with POST /upload "
                        + "and send the path it returns");
        InvalidInputs.assertMessage(() -> IMAGE.decode(im, json("{\"path\": \"https://example.com/cat.png\"}"), server), "im",
                "URLs are not accepted as files; upload it with POST /upload and send the path it returns");
        InvalidInputs.assertMessage(() -> IMAGE.decode(im, json("{\"path\": \"/etc/passwd\"}"), server), "im",
                "the file \"/etc/passwd\" was not received by this server (or has expired); upload it with POST /upload "
                        + "and send the path it returns");
        StoredFile text = server.save("hello".getBytes(), "notes.txt");
        InvalidInputs.assertMessage(() -> IMAGE.decode(im, fileData(text), server), "im",
                "the file is not a PNG, JPEG, GIF or BMP image");
        StoredFile huge = server.save(TestImages.pngClaiming(100_000, 100_000), "bomb.png");
        InvalidInputs.assertMessage(() -> IMAGE.decode(image(Path.class), fileData(huge), server), "im",
                "the image is 100000×100000 pixels, more than the limit of 40000000 pixels");
    }

    @Test
    void anOutputIsStoredAndSentAsFileDataWithTheServersUrl() throws Exception {
        TestServer server = new TestServer(temp);
        JsonNode data = IMAGE.encode(image(BufferedImage.class), TestImages.picture(Color.BLUE, 3, 2), server);

        String path = data.get("path").asText();
        assertEquals("http://test/files/" + path, data.get("url").asText());
        assertEquals("image.png", data.get("orig_name").asText());
        assertEquals("image/png", data.get("mime_type").asText());
        assertEquals("gradio.FileData", data.get("meta").get("_type").asText());
        assertEquals(3, ImageIO.read(Path.of(path).toFile()).getWidth());
        assertEquals("null", IMAGE.encode(image(BufferedImage.class), null, server).toString());
    }

    @Test
    void bytesOrAFileThatAreNotAnImageAreTheMethodsMistake() throws Exception {
        TestServer server = new TestServer(temp);
        assertEquals("the method returned bytes for image output \"im\" that are not an image",
                assertThrows(IllegalStateException.class, () -> IMAGE.encode(image(byte[].class), new byte[] {1, 2}, server))
                        .getMessage());
        Path notes = Files.writeString(temp.resolve("notes.txt"), "hi");
        assertTrue(assertThrows(IllegalStateException.class, () -> IMAGE.encode(image(Path.class), notes, server))
                .getMessage().endsWith("for image output \"im\", which is not an image"));
        assertEquals("file outputs need the server's file store", assertThrows(IllegalStateException.class,
                () -> IMAGE.encode(image(BufferedImage.class), TestImages.picture(Color.RED, 1, 1), CodecContext.NONE))
                .getMessage());
    }

    @Test
    void aReturnedFileIsKeptAsTheServersCopyForFlagging() throws Exception {
        TestServer server = new TestServer(temp);
        Path own = Files.write(temp.resolve("own.png"), TestImages.png(Color.GREEN));
        JsonNode sent = IMAGE.encode(image(Path.class), own, server);
        Object kept = IMAGE.kept(image(Path.class), own, sent);

        assertEquals(Path.of(sent.get("path").asText()), kept);
        Files.delete(own);
        assertTrue(Files.exists((Path) kept), "the method may delete its own file");
    }

    @Test
    void flaggedImagesGoToTheFolderAsPngOrTheirOwnFormat() throws Exception {
        TestServer server = new TestServer(temp);
        FlagFolder folder = server.flagFolder("im");
        assertEquals("im/0.png", IMAGE.flag(image(BufferedImage.class), TestImages.picture(Color.RED, 2, 2), folder));
        assertEquals("im/1.jpg", IMAGE.flag(image(byte[].class), TestImages.jpeg(Color.RED), folder));
        Path gif = Files.write(temp.resolve("upload.bin"), TestImages.gif(Color.RED));
        assertEquals("im/2.gif", IMAGE.flag(image(Path.class), gif, folder), "the extension of its real format");
        assertArrayEquals(TestImages.gif(Color.RED), Files.readAllBytes(temp.resolve("im/2.gif")));
        assertEquals("", IMAGE.flag(image(Path.class), null, folder));
    }

    @Test
    void anExampleCellNamesAnImageInsideTheExamplesDirectory() throws Exception {
        Path examples = Files.createDirectories(temp.resolve("examples/im"));
        Files.write(examples.resolve("0.png"), TestImages.png(Color.RED));
        Files.writeString(examples.resolve("1.png"), "not an image");
        Files.write(temp.resolve("outside.png"), TestImages.png(Color.RED));
        TestServer server = new TestServer(temp, temp.resolve("examples"), 40_000_000);
        Component im = image(BufferedImage.class);

        JsonNode example = IMAGE.readFlag(im, "im/0.png", server);
        assertEquals("0.png", example.get("orig_name").asText());
        assertTrue(server.find(example.get("path").asText()).isPresent(), "a click sends a path the server holds");
        assertEquals("[0.png]", server.kept.toString(), "kept for as long as the server runs");

        assertRefused(im, "../outside.png", server, "\"im\": \"../outside.png\" climbs out with '..'");
        assertRefused(im, temp.resolve("outside.png").toString(), server, "is an absolute path");
        assertRefused(im, "im/2.png", server, "is not a file inside");
        assertRefused(im, " ", server, "is blank; name a file");
        assertRefused(im, "im/\u00010.png", server, "contains a control character");
        InvalidInputs.assertMessage(() -> IMAGE.readFlag(im, "im/1.png", server), "im",
                "the file is not a PNG, JPEG, GIF or BMP image");
        TestServer small = new TestServer(temp, temp.resolve("examples"), 1);
        InvalidInputs.assertMessage(() -> IMAGE.readFlag(image(Path.class), "im/0.png", small), "im",
                "the image is 8×6 pixels, more than the limit of 1 pixels");
        assertEquals("[0.png]", server.kept.toString(), "nothing refused was kept");
    }

    @Test
    void aSymlinkOutOfTheExamplesDirectoryIsRefused() throws Exception {
        Path examples = Files.createDirectories(temp.resolve("examples/im"));
        Path outside = Files.write(temp.resolve("secret.png"), TestImages.png(Color.RED));
        Files.createSymbolicLink(examples.resolve("0.png"), outside);
        TestServer server = new TestServer(temp, temp.resolve("examples"), 40_000_000);

        assertRefused(image(BufferedImage.class), "im/0.png", server, "is a link to");
    }

    private static void assertRefused(Component input, String cell, CodecContext context, String problem) {
        String message = assertThrows(IllegalArgumentException.class, () -> IMAGE.readFlag(input, cell, context)).getMessage();
        assertTrue(message.contains(problem), message);
    }

    @Test
    void apiInfoDescribesFileData() {
        Component im = image(BufferedImage.class);
        assertEquals("{\"title\":\"FileData\",\"type\":\"object\",\"properties\":{\"path\":{\"type\":\"string\"},"
                + "\"orig_name\":{\"type\":\"string\"},\"meta\":{\"type\":\"object\"}},\"required\":[\"path\"]}",
                IMAGE.apiSchema(im).toString());
        assertEquals("filepath", IMAGE.pythonType(im));
        assertEquals("null", IMAGE.exampleInput(im, "im/0.png").toString(), "a client uploads first");
        assertFalse(NumberCodecTest.config(im).get("value").isTextual());
    }
}
