package dev.pennant.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pennant.PennantServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A small JSON client for the tests, on java.net.http. */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public record Response(int status, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public String error() {
            return json().path("error").asText();
        }
    }

    private final URI base;

    public Http(PennantServer server) {
        this.base = server.uri();
    }

    public Response get(String path) {
        return get(path, Map.of());
    }

    public Response get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response post(String path, String body) {
        return post(path, body, Map.of("Content-Type", "application/json"));
    }

    public Response post(String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** POSTs a multipart body to /gradio_api/upload. */
    public Response upload(Multipart parts) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("gradio_api/upload")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", parts.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(parts.bytes())).build();
        return send(request);
    }

    /** GETs raw bytes, for downloads. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + path, e);
        }
    }

    /** POSTs {"data": [...]} to /gradio_api/run/{api}. */
    public Response run(String api, String dataJson) {
        return post("gradio_api/run/" + api, "{\"data\":" + dataJson + ",\"fn_index\":0,\"session_hash\":\"abc\"}");
    }

    public Response flag(String api, String eventId, String option) {
        String optionJson = option == null ? "null" : "\"" + option + "\"";
        return post("gradio_api/flag/" + api, "{\"event_id\":\"" + eventId + "\",\"flag_option\":" + optionJson + "}");
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (Exception e) {
            throw new AssertionError("request failed: " + request, e);
        }
    }
}
