package dev.pennant.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A sample demo served on a free port, with a clean {@code ./flagged} directory (the tests' working
 * directory is {@code target/e2e}), and the HTTP calls a user of the API would make.
 */
final class RunningDemo implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final PennantServer server;
    final Path flaggingDir;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningDemo(Pennant.Builder builder, String flaggingDir, boolean cleanFlaggingDir) {
        this.flaggingDir = Path.of(flaggingDir).toAbsolutePath();
        if (cleanFlaggingDir) {
            deleteRecursively(this.flaggingDir);
        }
        SampleExamples.install();
        server = builder.port(0).environment(Map.of()).start();
    }

    static RunningDemo of(Class<?> demo) {
        return of(demo, true);
    }

    /** Keeps {@code ./flagged} when {@code cleanFlaggingDir} is false (a demo that reads it as examples). */
    static RunningDemo of(Class<?> demo, boolean cleanFlaggingDir) {
        return new RunningDemo(Pennant.builder().serve(demo), "flagged", cleanFlaggingDir);
    }

    /** A demo whose {@code @Interface} names another flagging directory, e.g. {@code flagged-sepia}. */
    static RunningDemo of(Class<?> demo, String flaggingDir) {
        return new RunningDemo(Pennant.builder().serve(demo), flaggingDir, true);
    }

    /** A demo behind a login page, with one user. */
    static RunningDemo withLogin(Class<?> demo, String username, String password) {
        return new RunningDemo(Pennant.builder().serve(demo).auth(username, password), "flagged", true);
    }

    String url() {
        return "http://127.0.0.1:" + server.port();
    }

    Response post(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return send(request);
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url() + path)).GET().build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs the calculator through the API and returns the event id of the prediction. */
    String predict(String dataJson) {
        Response response = post("/gradio_api/run/predict", "{\"data\":" + dataJson + "}");
        if (response.status() != 200) {
            throw new AssertionError("prediction failed: " + response);
        }
        return response.json().get("event_id").asText();
    }

    String flaggedLog() {
        try {
            return Files.readString(flaggingDir.resolve("logs.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }
}
