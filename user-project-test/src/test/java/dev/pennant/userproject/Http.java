package dev.pennant.userproject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The calls a user's client makes: predict, flag, and a browser's page load. A refused connection is status 0. */
final class Http {
    record Answer(int status, String body) {}

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\"\\s*:\\s*\"([^\"]+)\"");

    private Http() {}

    static Answer predict(int port, String sentence, boolean shout) {
        return send(post(port, "/gradio_api/run/predict", "{\"data\": [\"" + sentence + "\", " + shout + "]}"));
    }

    static Answer flag(int port, Answer prediction) {
        Matcher id = EVENT_ID.matcher(prediction.body());
        if (!id.find()) {
            throw new AssertionError("No event_id in " + prediction);
        }
        return send(post(port, "/gradio_api/flag/predict", "{\"event_id\": \"" + id.group(1) + "\"}"));
    }

    static Answer page(int port) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).header("Accept", "text/html").GET());
    }

    private static HttpRequest.Builder post(int port, String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, e.toString());
        }
    }
}
