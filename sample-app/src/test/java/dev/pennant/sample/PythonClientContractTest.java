package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * What Python's {@code gradio_client} does, step by step, in plain HTTP (it cannot be installed
 * here): /config, /gradio_api/info?serialize=False, the heartbeat stream, join without the JS-only
 * keys, and the queue stream read as bytes split on a blank line, every block starting with "data:";
 * for files, {@code handle_file} uploads to /gradio_api/upload, join sends FileData, and the result's
 * {@code url} is downloaded from {@code /gradio_api/file=}.
 */
class PythonClientContractTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private InputStream stream(String url) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        return response.body();
    }

    private static String readBlock(InputStream in) throws Exception {
        StringBuilder block = new StringBuilder();
        for (int b; (b = in.read()) != -1; ) {
            block.append((char) b);
            if (block.toString().endsWith("\n\n")) {
                return block.substring(0, block.length() - 2);
            }
        }
        return null;
    }

    private List<JsonNode> queueMessages(RunningDemo demo, String sessionHash) throws Exception {
        List<JsonNode> messages = new ArrayList<>();
        try (InputStream queue = stream(demo.url() + "/gradio_api/queue/data?session_hash=" + sessionHash)) {
            for (String block; (block = readBlock(queue)) != null; ) {
                assertTrue(block.startsWith("data:"), "Python raises 'Unexpected SSE line' otherwise: " + block);
                messages.add(RunningDemo.JSON.readTree(block.substring(5).getBytes(StandardCharsets.UTF_8)));
            }
        }
        return messages;
    }

    /** httpx's multipart body for {@code files=[("files", (name, bytes))]}, as gradio_client uploads. */
    private HttpResponse<String> upload(RunningDemo demo, String name, byte[] bytes) throws Exception {
        String boundary = "pythonclientboundary1234";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(bytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(demo.url() + "/gradio_api/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pythonsClientUploadsAPictureToTheSepiaFilterAndDownloadsTheFilteredPng() throws Exception {
        Path picture = DemoImages.png("python.png", DemoImages.WARM);
        try (RunningDemo demo = RunningDemo.of(SepiaFilter.class, "flagged-sepia")) {
            HttpResponse<String> uploaded = upload(demo, "python.png", Files.readAllBytes(picture));
            assertEquals(200, uploaded.statusCode(), uploaded.body());
            String serverPath = RunningDemo.JSON.readTree(uploaded.body()).get(0).asText();

            String fileData = "{\"path\":" + RunningDemo.JSON.writeValueAsString(serverPath) + ",\"url\":null,\"size\":null,"
                    + "\"orig_name\":\"python.png\",\"mime_type\":null,\"is_stream\":false,\"meta\":{\"_type\":\"gradio.FileData\"}}";
            RunningDemo.Response joined = demo.post("/gradio_api/queue/join",
                    "{\"data\":[" + fileData + "],\"fn_index\":0,\"session_hash\":\"7a1d-python-files\"}");
            assertEquals(200, joined.status(), joined.body());

            JsonNode completed = queueMessages(demo, "7a1d-python-files").stream()
                    .filter(m -> m.get("msg").asText().equals("process_completed")).findFirst().orElseThrow();
            assertTrue(completed.get("success").asBoolean(), completed.toString());
            JsonNode output = completed.get("output").get("data").get(0);
            assertEquals("gradio.FileData", output.get("meta").get("_type").asText());
            assertTrue(output.get("url").asText().startsWith(demo.url() + "/gradio_api/file="), output.toString());

            // gradio_client downloads every file output by its url (download_files=True, the default).
            HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(output.get("url").asText())).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"),
                    download.headers().map().toString());
            BufferedImage filtered = ImageIO.read(new ByteArrayInputStream(download.body()));
            assertEquals(40, filtered.getWidth());
            assertEquals(30, filtered.getHeight());
            assertEquals(SepiaFilter.sepia(DemoImages.picture(DemoImages.WARM, 1, 1)).getRGB(0, 0), filtered.getRGB(5, 5),
                    "the picture, in sepia");
        }
    }

    @Test
    void pythonsClientGetsTwelveFromFiveAddSeven() throws Exception {
        try (RunningDemo demo = RunningDemo.of(Calculator.class)) {
            JsonNode config = demo.get("/config").json();
            assertTrue(config.get("version").asText().compareTo("3.36.1") > 0);
            assertEquals("sse_v3", config.get("protocol").asText());

            JsonNode info = demo.get("/gradio_api/info?serialize=False").json();
            assertTrue(info.has("unnamed_endpoints"));
            JsonNode parameters = info.get("named_endpoints").get("/predict").get("parameters");
            assertEquals("num1", parameters.get(0).get("parameter_name").asText());
            assertFalse(parameters.get(0).get("parameter_has_default").asBoolean());

            try (InputStream heartbeat = stream(demo.url() + "/gradio_api/heartbeat/5b3c0e1c-python")) {
                assertEquals("data: ALIVE", readBlock(heartbeat));
            }

            RunningDemo.Response joined = demo.post("/gradio_api/queue/join",
                    "{\"data\":[5,\"add\",7],\"fn_index\":0,\"session_hash\":\"5b3c0e1c-python\"}");
            assertEquals(200, joined.status(), joined.body());
            String eventId = joined.json().get("event_id").asText();

            List<JsonNode> messages = new ArrayList<>();
            try (InputStream queue = stream(demo.url() + "/gradio_api/queue/data?session_hash=5b3c0e1c-python")) {
                for (String block; (block = readBlock(queue)) != null; ) {
                    assertTrue(block.startsWith("data:"), "Python raises 'Unexpected SSE line' otherwise: " + block);
                    assertFalse(block.contains("\r"));
                    messages.add(RunningDemo.JSON.readTree(block.substring(5).getBytes(StandardCharsets.UTF_8)));
                }
            }
            JsonNode completed = messages.stream().filter(m -> m.get("msg").asText().equals("process_completed"))
                    .findFirst().orElseThrow();
            assertEquals(eventId, completed.get("event_id").asText());
            assertTrue(completed.get("success").asBoolean());
            assertEquals("[12]", completed.get("output").get("data").toString());
            assertEquals("close_stream", messages.get(messages.size() - 1).get("msg").asText());
        }
    }
}
