package dev.pennant.server.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.server.Multipart;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.ImageClassifier;
import dev.pennant.testapp.RawFiles;
import dev.pennant.testapp.Sepia;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guide's sepia filter and image classifier over HTTP: upload, predict, download, flag, and every refusal. */
class FileRoutesTest {
    static final int MAX_FILE_SIZE = 64 * 1024;

    @RegisterExtension
    final ServedApp app = ServedApp.serving(new Object[] {Sepia.class, ImageClassifier.class, RawFiles.class},
            (builder, temp) -> builder.environment(Map.of("GRADIO_TEMP_DIR", temp.resolve("uploads").toString()))
                    .maxFileSize(MAX_FILE_SIZE).maxFilesPerUpload(3));

    String upload(String name, byte[] content) {
        Http.Response response = app.http.upload(new Multipart().file(name, content));
        assertEquals(200, response.status(), response.body());
        JsonNode paths = response.json();
        assertEquals(1, paths.size());
        return paths.get(0).asText();
    }

    static String fileData(String path) {
        return "{\"path\":" + Http.JSON.valueToTree(path) + ",\"orig_name\":\"cat.png\",\"meta\":{\"_type\":\"gradio.FileData\"}}";
    }

    String predictSepia(String path) {
        Http.Response response = app.http.run("sepia", "[" + fileData(path) + "]");
        assertEquals(200, response.status(), response.body());
        return response.json().get("event_id").asText();
    }

    @Test
    void theApiInfoDescribesImagesAsFileData() {
        JsonNode sepia = app.http.get("gradio_api/info").json().get("named_endpoints").get("/sepia");
        JsonNode parameter = sepia.get("parameters").get(0);
        assertEquals("im", parameter.get("parameter_name").asText());
        assertEquals("Image", parameter.get("component").asText());
        assertEquals("FileData", parameter.get("type").get("title").asText());
        assertEquals("FileData", sepia.get("returns").get(0).get("type").get("title").asText());
    }

    @Test
    void anUploadAnswersAServerPathLikeGradios() {
        String path = upload("cat.png", TestImages.png(Color.ORANGE));
        assertTrue(path.matches(".*/uploads/pennant-uploads[^/]*/[0-9a-f]{32}/cat\\.png"), path);
        assertTrue(Files.isRegularFile(Path.of(path)));
    }

    @Test
    void theSepiaFilterAnswersFileDataThatDownloadsAsThePng() throws Exception {
        String path = upload("blob", TestImages.png(Color.ORANGE));
        Http.Response response = app.http.run("sepia", "[" + fileData(path) + "]");
        assertEquals(200, response.status(), response.body());
        JsonNode output = response.json().get("data").get(0);
        String issued = output.get("path").asText();
        assertEquals("http://127.0.0.1:" + app.server.port() + "/gradio_api/file=" + issued, output.get("url").asText());
        assertEquals("image.png", output.get("orig_name").asText());
        assertEquals("image/png", output.get("mime_type").asText());
        assertFalse(output.get("is_stream").asBoolean());
        assertEquals("gradio.FileData", output.get("meta").get("_type").asText());

        HttpResponse<byte[]> download = app.http.download("gradio_api/file=" + issued);
        assertEquals(200, download.statusCode());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment; filename=\"image.png\""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(output.get("size").asLong(), download.body().length);
        BufferedImage sepia = ImageIO.read(new ByteArrayInputStream(download.body()));
        assertEquals(Sepia.sepia(TestImages.picture(Color.ORANGE, 8, 6)).getRGB(7, 5), sepia.getRGB(7, 5));
    }

    @Test
    void flaggingTheSepiaFilterWritesTheGuidesLayout() throws Exception {
        String first = predictSepia(upload("cat.png", TestImages.png(Color.ORANGE)));
        String second = predictSepia(upload("dog.jpg", TestImages.jpeg(Color.BLUE)));
        assertEquals(1, app.http.flag("sepia", first, null).json().get("count").asInt());
        assertEquals(2, app.http.flag("sepia", second, null).json().get("count").asInt());

        Path dir = app.flaggingDir.resolve("sepia");
        assertEquals("im,Output\nim/0.png,Output/0.png\nim/1.png,Output/1.png\n", Files.readString(dir.resolve("logs.csv")));
        for (String file : List.of("im/0.png", "im/1.png", "Output/0.png", "Output/1.png")) {
            assertTrue(ImageIO.read(dir.resolve(file).toFile()) != null, file + " is a real PNG");
        }
    }

    @Test
    void flaggingTheClassifierWithAnOptionWritesTheGuidesRow() throws Exception {
        String path = upload("cat.png", TestImages.png(Color.ORANGE));
        Http.Response response = app.http.run("classify", "[" + fileData(path) + "]");
        assertEquals("cat", response.json().get("data").get(0).get("label").asText());
        app.http.flag("classify", response.json().get("event_id").asText(), "Incorrect");

        assertEquals("im,Output,flag_option\nim/0.png,\"{'cat': 0.7, 'dog': 0.3}\",Incorrect\n",
                Files.readString(app.flaggingDir.resolve("classifier/logs.csv")));
        assertTrue(Files.isRegularFile(app.flaggingDir.resolve("classifier/im/0.png")));
        assertFalse(Files.exists(app.flaggingDir.resolve("classifier/Output")), "a label output has no files");
    }

    @Test
    void rawBytesAFilePathAndAJsonOutput() throws Exception {
        byte[] jpeg = TestImages.jpeg(Color.RED);
        String photo = upload("photo.jpg", jpeg);
        String doc = upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        Http.Response response = app.http.run("describe", "[" + fileData(photo) + "," + fileData(doc) + "]");
        assertEquals(200, response.status(), response.body());
        assertEquals("{\"image_bytes\":" + jpeg.length + ",\"doc_bytes\":5,\"tags\":[\"raw\",\"path\"]}",
                response.json().get("data").get(0).toString());

        app.http.flag("describe", response.json().get("event_id").asText(), null);
        Path dir = app.flaggingDir.resolve("describe");
        assertEquals("raw,doc,Output\nraw/0.jpg,doc/0.txt,\"{\"\"image_bytes\"\":" + jpeg.length
                + ",\"\"doc_bytes\"\":5,\"\"tags\"\":[\"\"raw\"\",\"\"path\"\"]}\"\n", Files.readString(dir.resolve("logs.csv")));
        assertArrayEquals(jpeg, Files.readAllBytes(dir.resolve("raw/0.jpg")), "the uploaded JPEG, byte for byte");
    }

    @Test
    void aFileOutputIsCopiedSoTheServerKeepsItsOwn() throws Exception {
        String doc = upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        Http.Response response = app.http.run("shout", "[" + fileData(doc) + "]");
        JsonNode output = response.json().get("data").get(0);
        assertTrue(output.get("orig_name").asText().endsWith(".txt"));
        assertEquals("application/octet-stream", output.get("mime_type").asText());
        HttpResponse<byte[]> download = app.http.download("gradio_api/file=" + output.get("path").asText());
        assertEquals("HELLO", new String(download.body(), StandardCharsets.UTF_8));

        app.http.flag("shout", response.json().get("event_id").asText(), null);
        assertEquals("doc,Output\ndoc/0.txt,Output/0.txt\n", Files.readString(app.flaggingDir.resolve("shout/logs.csv")));
        assertEquals("HELLO", Files.readString(app.flaggingDir.resolve("shout/Output/0.txt")));
    }

    @Test
    void pathsTheServerDidNotIssueAreRefused() throws Exception {
        String issued = upload("cat.png", TestImages.png(Color.ORANGE));
        Path link = app.temp.resolve("link.png");
        Files.createSymbolicLink(link, Path.of(issued));
        Path notIssued = Files.write(app.temp.resolve("elsewhere.png"), TestImages.png(Color.ORANGE));
        List<String> forged = List.of("/etc/passwd", "/dev/urandom", notIssued.toString(), link.toString(),
                issued.toUpperCase(Locale.ROOT), issued + "::$DATA", issued.replace("/cat.png", "/../cat.png"),
                issued.replace("/cat.png", "/x/../cat.png"), "cat.png", "../" + Path.of(issued).getFileName());
        for (String path : forged) {
            Http.Response response = app.http.run("sepia", "[" + fileData(path) + "]");
            assertEquals(400, response.status(), path);
            assertTrue(response.error().startsWith("Invalid value for input \"im\": the file \""), response.body());
            assertTrue(response.error().contains("was not received by this server"), response.body());
        }
        Http.Response url = app.http.run("sepia", "[" + fileData("https://example.com/cat.png") + "]");
        assertEquals(400, url.status());
        assertEquals("Invalid value for input \"im\": URLs are not accepted as files; upload it with POST /gradio_api/upload "
                + "and send the path it returns", url.error());
        Http.Response text = app.http.run("sepia", "[\"/etc/passwd\"]");
        assertEquals(400, text.status());
        assertTrue(text.error().contains("expected a file"), text.body());
        assertEquals(200, app.http.run("sepia", "[" + fileData(issued) + "]").status(), "the issued path still works");
    }

    @Test
    void theFileRouteServesOnlyIssuedPaths() throws Exception {
        String issued = upload("cat.png", TestImages.png(Color.ORANGE));
        assertEquals(200, app.http.download("gradio_api/file=" + issued).statusCode());
        List<String> forged = List.of(
                "gradio_api/file=/etc/passwd",
                "gradio_api/file=" + issued.toUpperCase(Locale.ROOT),
                "gradio_api/file=" + issued + "::$DATA",
                "gradio_api/file=" + issued.replace("/cat.png", "/%2e%2e/cat.png"),
                "gradio_api/file=" + issued + "/..%2f..%2f..%2fetc%2fpasswd",
                "gradio_api/file=" + URLEncoder.encode("../../../../etc/passwd", StandardCharsets.UTF_8),
                "gradio_api/file=" + Path.of(issued).getParent().getParent(),
                "gradio_api/file=cat.png",
                "gradio_api/file=");
        for (String path : forged) {
            HttpResponse<byte[]> response = app.http.download(path);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400, path + " → " + response.statusCode());
            assertFalse(body.contains("root:"), path);
            assertFalse(body.contains("PNG"), path);
        }
        HttpResponse<byte[]> missing = app.http.download("gradio_api/file=/etc/passwd");
        assertEquals(404, missing.statusCode());
        assertEquals("{\"error\":\"No such file on this server (it may have expired)\"}", new String(missing.body(), StandardCharsets.UTF_8));
    }

    @Test
    void theConfigTellsClientsTheUploadLimitSoTheyRefuseLargerFilesBeforeSending() {
        assertEquals(MAX_FILE_SIZE, app.http.get("config").json().get("max_file_size").asLong());
    }

    @Test
    void anOversizedUploadIsRefusedWith413() {
        Http.Response response = app.http.upload(new Multipart().file("big.bin", new byte[MAX_FILE_SIZE + 1]));
        assertEquals(413, response.status(), response.body());
        assertEquals("A file is larger than the limit of " + MAX_FILE_SIZE + " bytes (Pennant.builder().maxFileSize(bytes) changes it)",
                response.error());
        assertEquals(200, app.http.upload(new Multipart().file("fits.bin", new byte[MAX_FILE_SIZE])).status(), "a file at the limit fits");
    }

    @Test
    void theDefaultLimitTakesFilesOfSeveralMegabytes() {
        Http client = new Http(app.start(ServedApp.builder(Sepia.class)   // a second app, with the default limits
                .environment(Map.of("GRADIO_TEMP_DIR", app.temp.resolve("uploads").toString()))));
        assertEquals(200, client.upload(new Multipart().file("big.bin", new byte[3_000_000])).status());
        Http.Response over = client.upload(new Multipart().file("huge.bin", new byte[10 * 1024 * 1024 + 1]));
        assertEquals(413, over.status());
        assertTrue(over.error().startsWith("A file is larger than the limit of 10485760 bytes"), over.body());
    }

    @Test
    void tooManyFilesInOneUploadAreRefused() {
        Multipart parts = new Multipart();
        for (int i = 0; i < 5; i++) {
            parts.file("f" + i + ".png", TestImages.png(Color.RED));
        }
        Http.Response response = app.http.upload(parts);
        assertEquals(413, response.status(), response.body());
        assertEquals("An upload may carry at most 3 files (Pennant.builder().maxFilesPerUpload(n) changes it)", response.error());
        assertEquals("close", response.raw().headers().firstValue("Connection").orElse(""),
                "the unread rest of the body makes the connection unusable, and the client is told so");
        Multipart three = new Multipart();
        for (int i = 0; i < 3; i++) {
            three.file("f" + i + ".png", TestImages.png(Color.RED));
        }
        assertEquals(3, app.http.upload(three).json().size());
    }

    @Test
    void anUploadThatIsNotMultipartIsRefused() {
        Http.Response json = app.http.post("gradio_api/upload", "{\"files\": [\"/etc/passwd\"]}");
        assertEquals(400, json.status());
        assertEquals("Upload files as multipart/form-data with one or more parts named \"files\"", json.error());
        Http.Response wrongField = app.http.upload(new Multipart().file("other", "cat.png", "image/png", TestImages.png(Color.RED)));
        assertEquals(400, wrongField.status());
        assertEquals("The upload has no file part named \"files\"", wrongField.error());
    }

    @Test
    void imagesThatAreBrokenHostileOrNotImagesAreRefused() {
        Http.Response bomb = app.http.run("sepia", "[" + fileData(upload("bomb.png", TestImages.pngClaiming(100_000, 100_000))) + "]");
        assertEquals(400, bomb.status());
        assertEquals("Invalid value for input \"im\": the image is 100000×100000 pixels, more than the limit of 40000000 pixels",
                bomb.error());
        Http.Response truncated = app.http.run("sepia", "[" + fileData(upload("half.png", TestImages.truncatedPng())) + "]");
        assertEquals(400, truncated.status());
        assertTrue(truncated.error().contains("damaged"), truncated.body());
        Http.Response text = app.http.run("sepia", "[" + fileData(upload("cat.png", "I am text".getBytes(StandardCharsets.UTF_8))) + "]");
        assertEquals(400, text.status());
        assertEquals("Invalid value for input \"im\": the file is not a PNG, JPEG, GIF or BMP image", text.error());
        assertEquals(200, app.http.get("config").status(), "the server is still up");
    }

    @Test
    void closingTheServerDeletesItsFiles() {
        Path store = Path.of(upload("cat.png", TestImages.png(Color.ORANGE))).getParent().getParent();
        assertTrue(Files.isDirectory(store));
        app.server.close();
        assertFalse(Files.exists(store));
    }
}
