package dev.pennant.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link SuiteServer} in a child JVM whose working directory is {@code <dir>/app}, with
 * {@code java.io.tmpdir} at {@code app/tmp} and uploads under {@code app/uploads}; its console
 * (stdout and stderr, slf4j-simple's log) goes to {@code <dir>/server.log}.
 */
final class SuiteProcess implements AutoCloseable {
    private static final Pattern RUNNING = Pattern.compile("Running on local URL:\\s+http://127\\.0\\.0\\.1:(\\d+)");

    final Path app;
    final Path uploads;
    final Path tmp;
    final Path log;
    final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SuiteProcess(Path dir) {
        this(dir, Map.of());
    }

    SuiteProcess(Path dir, Map<String, String> environment) {
        try {
            app = Files.createDirectories(dir.resolve("app")).toAbsolutePath();
            uploads = Files.createDirectories(app.resolve("uploads"));
            tmp = Files.createDirectories(app.resolve("tmp"));
            log = dir.resolve("server.log").toAbsolutePath();
            SampleExamples.installInto(app);   // the sepia demo reads its examples relative to where it runs
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + tmp, "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), SuiteServer.class.getName()));
            ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("GRADIO_FLAGGING_MODE");
            builder.environment().put("GRADIO_TEMP_DIR", uploads.toString());
            builder.environment().putAll(environment);
            process = builder.start();
            port = awaitPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int awaitPort() throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher running = RUNNING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (running.find()) {
                return Integer.parseInt(running.group(1));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the suite server exited:\n" + Files.readString(log));
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the suite server did not start:\n" + Files.readString(log));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String serverLog() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in over the JSON login route and returns a client that sends the session cookie. */
    Client login(String username, String password) {
        String body = RunningDemo.JSON.createObjectNode().put("username", username).put("password", password).toString();
        HttpResponse<byte[]> response = new Client(null).send(HttpRequest.newBuilder(URI.create(url() + "/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.statusCode() != 200) {
            throw new AssertionError("login of " + username + " failed: " + response.statusCode());
        }
        String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        return new Client(setCookie.substring(0, setCookie.indexOf(';')));
    }

    Client anonymous() {
        return new Client(null);
    }

    /** SIGKILL: no shutdown hooks, no flushing, as when the machine loses power to the process. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(10), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One user's HTTP client: every request carries that user's session cookie. */
    final class Client {
        final String cookie;

        Client(String cookie) {
            this.cookie = cookie;
        }

        RunningDemo.Response post(String path, String json, String... headers) {
            return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
        }

        RunningDemo.Response post(String path, String contentType, byte[] body, String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            return text(send(request));
        }

        RunningDemo.Response get(String rawPath) {
            return text(send(HttpRequest.newBuilder(URI.create(url() + rawPath)).GET()));
        }

        HttpResponse<byte[]> send(HttpRequest.Builder request) {
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private RunningDemo.Response text(HttpResponse<byte[]> response) {
            return new RunningDemo.Response(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        }
    }
}
