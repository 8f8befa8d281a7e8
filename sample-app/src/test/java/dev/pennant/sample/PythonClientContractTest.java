package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Python's {@code gradio_client} does, step by step, in plain HTTP (it cannot be installed
 * here): /config, /gradio_api/info?serialize=False, the heartbeat stream, join without the JS-only
 * keys, and the queue stream read as bytes split on a blank line, every block starting with "data:".
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
