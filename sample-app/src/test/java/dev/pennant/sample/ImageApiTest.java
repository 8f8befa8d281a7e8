package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The classifier over HTTP as Gradio's clients call it: upload, then predict with FileData; bad files refused. */
class ImageApiTest {

    private RunningDemo demo;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void launch() {
        demo = RunningDemo.of(ImageClassifier.class, "flagged-classifier");
    }

    @AfterEach
    void stop() {
        demo.close();
    }

    /** POST /gradio_api/upload with one part named "files", as @gradio/client sends it (filename "blob"). */
    private RunningDemo.Response upload(byte[] content) throws Exception {
        String boundary = "----pennantdemo";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"blob\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create(demo.url() + "/gradio_api/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new RunningDemo.Response(response.statusCode(), response.body());
    }

    private RunningDemo.Response classify(String path) {
        return demo.post("/gradio_api/run/classify", "{\"data\":[{\"path\":" + RunningDemo.JSON.valueToTree(path)
                + ",\"orig_name\":\"cat.png\",\"meta\":{\"_type\":\"gradio.FileData\"}}]}");
    }

    @Test
    void anUploadedPictureIsClassifiedAndFlaggedAsTheGuideShows() throws Exception {
        byte[] png = Files.readAllBytes(DemoImages.png("warm.png", DemoImages.WARM));
        RunningDemo.Response uploaded = upload(png);
        assertEquals(200, uploaded.status(), uploaded.body());

        RunningDemo.Response result = classify(uploaded.json().get(0).asText());
        assertEquals(200, result.status(), result.body());
        JsonNode label = result.json().get("data").get(0);
        assertEquals("cat", label.get("label").asText());
        assertEquals("[{\"label\":\"cat\",\"confidence\":0.7},{\"label\":\"dog\",\"confidence\":0.3}]",
                label.get("confidences").toString());

        String eventId = result.json().get("event_id").asText();
        assertEquals(200, demo.post("/gradio_api/flag/classify", "{\"event_id\":\"" + eventId + "\",\"flag_option\":\"Other\"}").status());
        assertEquals("im,Output,flag_option\nim/0.png,\"{'cat': 0.7, 'dog': 0.3}\",Other\n",
                Files.readString(demo.flaggingDir.resolve("logs.csv")));
    }

    @Test
    void aFileThatIsNotAnImageIsRefused() throws Exception {
        RunningDemo.Response uploaded = upload("%PDF-1.7 not a picture".getBytes(StandardCharsets.US_ASCII));
        RunningDemo.Response result = classify(uploaded.json().get(0).asText());
        assertEquals(400, result.status());
        assertEquals("Invalid value for input \"im\": the file is not a PNG, JPEG, GIF or BMP image",
                result.json().get("error").asText());
    }

    @Test
    void anOversizedUploadIsRefused() throws Exception {
        RunningDemo.Response uploaded = upload(new byte[10 * 1024 * 1024 + 1]);
        assertEquals(413, uploaded.status());
        assertEquals("A file is larger than the limit of 10485760 bytes (Pennant.builder().maxFileSize(bytes) changes it)",
                uploaded.json().get("error").asText());
        assertEquals(200, demo.get("/config").status(), "the server is still up");
    }

    @Test
    void aPathTheServerDidNotIssueIsRefused() throws Exception {
        RunningDemo.Response result = classify("/etc/passwd");
        assertEquals(400, result.status());
        assertTrue(result.json().get("error").asText().startsWith(
                "Invalid value for input \"im\": the file \"/etc/passwd\" was not received by this server"), result.body());
        assertTrue(Files.notExists(demo.flaggingDir), "nothing was written");
    }
}
