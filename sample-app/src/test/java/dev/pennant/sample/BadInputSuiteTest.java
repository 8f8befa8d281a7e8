package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bad input, sent over HTTP to the sample demos running behind a login in their own JVM
 * ({@link SuiteProcess}). Every case is refused with its own 4xx and a JSON {@code {"error"}} that
 * says what was wrong; afterwards the server still answers, no flagged row changed ({@code logs.csv}
 * byte for byte), and nothing was written anywhere in the app's directory, its {@code java.io.tmpdir}
 * included, except in the upload store.
 *
 * <p>"Another session's event": with a login, an event belongs to the user whose prediction it was;
 * another logged-in user flagging it gets the same 404 as for an unknown id. Without a login there
 * are no users to tell apart, and any holder of an event id may flag it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputSuiteTest {
    private static final String FILE_DATA = "{\"path\":%s,\"meta\":{\"_type\":\"gradio.FileData\"}}";

    SuiteProcess server;
    SuiteProcess.Client alice;
    SuiteProcess.Client bob;
    String aliceCalculatorEvent;
    String aliceClassifierEvent;
    String aliceSummaryEvent;
    String issuedPicture;
    String issuedText;
    String eventBeforeRestart;

    record Case(String name, Function<BadInputSuiteTest, RunningDemo.Response> send, int status, String error) {}

    @BeforeAll
    void start() throws IOException, InterruptedException {
        Path dir = Path.of("bad-input-suite").toAbsolutePath();
        RunningDemo.deleteRecursively(dir);
        // Events live in memory only: an id from before a restart is one the server no longer knows.
        server = new SuiteProcess(dir);
        alice = server.login("alice", SuiteServer.USERS[0][1]);
        eventBeforeRestart = predict("predict", "[1, \"add\", 1]");
        server.close();
        server = new SuiteProcess(dir);
        alice = server.login("alice", SuiteServer.USERS[0][1]);
        bob = server.login("bob", SuiteServer.USERS[1][1]);

        // Something flagged already in every log the cases could touch.
        aliceCalculatorEvent = predict("predict", "[5, \"add\", 7]");
        assertEquals(200, alice.post("/gradio_api/flag/predict", flag(aliceCalculatorEvent, null)).status());
        aliceCalculatorEvent = predict("predict", "[6, \"subtract\", 1.5]");
        issuedPicture = upload("cat.png", HostileFiles.png(DemoImages.WARM, 40, 30));
        issuedText = upload("notes.txt", "not a picture".getBytes(StandardCharsets.UTF_8));
        aliceClassifierEvent = predict("classify", "[" + fileData(issuedPicture) + "]");
        assertEquals(200, alice.post("/gradio_api/flag/classify", flag(aliceClassifierEvent, "Incorrect")).status());
        aliceSummaryEvent = predict("summarize", "[\"One. Two.\"]");
        assertEquals(200, alice.post("/gradio_api/flag/summarize", flag(aliceSummaryEvent, "incorrect")).status());
        aliceSummaryEvent = predict("summarize", "[\"Three. Four.\"]");
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    @Order(1)
    Stream<DynamicTest> everyRefusalIsA4xxThatChangesNothing() {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "the suite has " + cases.size() + " cases");
        return cases.stream().map(c -> dynamicTest(c.name() + " → " + c.status(), () -> refuse(c)));
    }

    private void refuse(Case c) {
        Map<String, String> before = snapshot();
        RunningDemo.Response response = c.send().apply(this);
        assertEquals(c.status(), response.status(), response.body());
        JsonNode json = response.json();
        assertTrue(json.isObject() && json.path("error").isTextual(), response.body());
        String error = json.get("error").textValue();
        assertTrue(error.toLowerCase(Locale.ROOT).contains(c.error().toLowerCase(Locale.ROOT)),
                "the message \"" + error + "\" should mention \"" + c.error() + "\"");
        assertFalse(error.contains("Exception") || error.contains("\tat ") || error.contains(".java:"), error);
        assertEquals(200, alice.get("/config").status(), "the server still answers");
        assertNothingWrittenOutsideUploads(before, snapshot());
    }

    private List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // The request body.
        cases.add(run("malformed JSON", "predict", "{\"data\": [5, \"add\",", 400, "not valid JSON"));
        cases.add(run("a body that is a JSON array, not an object", "predict", "[5, \"add\", 7]", 400, "data"));
        cases.add(run("no data member", "predict", "{\"fn_index\": 0}", 400, "data"));
        cases.add(run("data that is a string, not a list", "predict", "{\"data\": \"5 add 7\"}", 400, "data"));
        cases.add(run("JSON nested 10,000 deep", "predict", "{\"data\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}",
                400, "JSON"));
        cases.add(new Case("invalid UTF-8 bytes in the body", t -> t.alice.post("/gradio_api/run/predict", "application/json",
                bytes("{\"data\": [5, \"add\", 7], \"x\": \"", new byte[] {(byte) 0xc3, (byte) 0x28}, "\"}")), 400, "UTF-8"));
        cases.add(run("a 10 MB string", "summarize", "{\"data\": [\"" + "a".repeat(10 * 1024 * 1024) + "\"]}", 413, "larger than"));
        // Wrong types and values.
        cases.add(data("a number sent as text", "predict", "[\"five\", \"add\", 7]", 400, "num1"));
        cases.add(data("an object for a number", "predict", "[{\"value\": 5}, \"add\", 7]", 400, "num1"));
        cases.add(data("true for a number", "predict", "[true, \"add\", 7]", 400, "num1"));
        cases.add(data("a number for a Radio", "predict", "[5, 3, 7]", 400, "operation"));
        cases.add(data("a Radio value that is not a choice", "predict", "[5, \"modulo\", 7]", 400, "operation"));
        cases.add(data("a Dropdown value that is not a choice", "hostile", "[\"x\", \"=1+1\", \"=cmd|' /C calc'!A0\", 1]", 400, "Pick"));
        cases.add(data("a missing data item", "predict", "[5, \"add\"]", 400, "3"));
        cases.add(data("an extra data item", "predict", "[5, \"add\", 7, 8]", 400, "3"));
        cases.add(data("null for a number", "predict", "[null, \"add\", 7]", 400, "num1"));
        cases.add(run("NaN", "predict", "{\"data\": [NaN, \"add\", 7]}", 400, "JSON"));
        cases.add(run("Infinity", "predict", "{\"data\": [Infinity, \"add\", 7]}", 400, "JSON"));
        cases.add(data("a number too large for a double (1e999)", "predict", "[1e999, \"add\", 7]", 400, "num1"));
        cases.add(data("\"NaN\" as text for a number", "predict", "[\"NaN\", \"add\", 7]", 400, "num1"));
        cases.add(data("an int overflow (2^31)", "hostile", "[\"x\", \"=1+1\", \"@SUM(1)\", 2147483648]", 400, "times"));
        cases.add(data("a fraction for an int", "hostile", "[\"x\", \"=1+1\", \"@SUM(1)\", 1.5]", 400, "times"));
        cases.add(data("a NUL byte in text", "summarize", "[\"before\\u0000after\"]", 400, "NUL"));
        cases.add(data("half a surrogate pair in text", "summarize", "[\"\\ud800 alone\"]", 400, "surrogate"));
        // Endpoints.
        cases.add(data("an unknown api_name", "no_such_api", "[1]", 404, "no_such_api"));
        cases.add(new Case("an unknown fn_index on the queue", t -> t.alice.post("/gradio_api/queue/join",
                "{\"data\": [1], \"fn_index\": 99, \"session_hash\": \"s1\"}"), 404, "99"));
        cases.add(new Case("a fn_index that is text", t -> t.alice.post("/gradio_api/queue/join",
                "{\"data\": [1], \"fn_index\": \"zero\", \"session_hash\": \"s1\"}"), 400, "fn_index"));
        cases.add(new Case("an API call without logging in", t -> t.server.anonymous().post("/gradio_api/run/predict",
                "{\"data\": [5, \"add\", 7]}"), 401, "log in"));
        // Flags.
        cases.add(flag("an unknown event id", "predict", "\"0123456789abcdef\"", null, 404, "Unknown or expired"));
        cases.add(new Case("an expired event id (issued before the server restarted)", t -> t.alice.post("/gradio_api/flag/predict",
                flag(t.eventBeforeRestart, null)), 404, "Unknown or expired"));
        cases.add(new Case("another user's event id", t -> t.bob.post("/gradio_api/flag/predict",
                flag(t.aliceCalculatorEvent, null)), 404, "Unknown or expired"));
        cases.add(flag("an event id that is a number", "predict", "12", null, 400, "event_id"));
        cases.add(new Case("a flag without a body", t -> t.alice.post("/gradio_api/flag/predict", ""), 400, "JSON"));
        cases.add(new Case("a flag option that is not offered", t -> t.alice.post("/gradio_api/flag/classify",
                flag(t.aliceClassifierEvent, "Boring")), 400, "flag_option must be one of"));
        cases.add(new Case("a flag option's label instead of its value", t -> t.alice.post("/gradio_api/flag/summarize",
                flag(t.aliceSummaryEvent, "Mark as incorrect")), 400, "flag_option must be one of"));
        cases.add(new Case("a flag option where none are offered", t -> t.alice.post("/gradio_api/flag/predict",
                flag(t.aliceCalculatorEvent, "=HYPERLINK(\"x\")")), 400, "flag_option must be null"));
        cases.add(new Case("a flag in never mode", t -> t.alice.post("/gradio_api/flag/square",
                flag(t.predict("square", "[3]"), null)), 403, "disabled"));
        cases.add(new Case("an event of one interface flagged on another", t -> t.alice.post("/gradio_api/flag/summarize",
                flag(t.aliceCalculatorEvent, "incorrect")), 404, "Unknown or expired"));
        // Forged FileData.
        cases.add(file("an absolute path", "\"/etc/passwd\"", 400, "upload"));
        cases.add(file("an issued path followed by /../../../../../etc/passwd", "PICTURE/../../../../../etc/passwd", 400, "upload"));
        cases.add(file("/dev/urandom", "\"/dev/urandom\"", 400, "upload"));
        cases.add(new Case("a symlink planted in the upload store", t -> t.alice.post("/gradio_api/run/sepia",
                "{\"data\": [" + fileData(t.plantSymlink()) + "]}"), 400, "upload"));
        cases.add(file("an issued path with its case changed", "UPPER", 400, "upload"));
        cases.add(file("an issued path with ::$DATA", "PICTURE::$DATA", 400, "upload"));
        cases.add(file("an issued path with a trailing slash", "PICTURE/", 400, "upload"));
        cases.add(new Case("a URL instead of a path", t -> t.alice.post("/gradio_api/run/sepia",
                "{\"data\": [{\"path\": null, \"url\": \"http://169.254.169.254/latest/meta-data/\", \"meta\": {\"_type\": \"gradio.FileData\"}}]}"),
                400, "upload"));
        cases.add(file("a path that is a number", "42", 400, "im"));
        // Uploads.
        cases.add(new Case("an upload larger than the limit", t -> t.upload(new HostileFiles.Multipart()
                .file("big.bin", new byte[(int) SuiteServer.MAX_FILE_SIZE + 1])), 413, "larger than the limit"));
        cases.add(new Case("too many multipart parts", t -> {
            HostileFiles.Multipart parts = new HostileFiles.Multipart();
            for (int i = 0; i <= SuiteServer.MAX_FILES_PER_UPLOAD + 5; i++) {
                parts.file("f" + i + ".txt", new byte[] {'x'});
            }
            return t.upload(parts);
        }, 413, "at most"));
        cases.add(new Case("an upload that is not multipart", t -> t.alice.post("/gradio_api/upload", "text/plain",
                "hello".getBytes(StandardCharsets.UTF_8)), 400, "multipart"));
        cases.add(new Case("non-image bytes as an image", t -> t.alice.post("/gradio_api/run/sepia",
                "{\"data\": [" + fileData(t.issuedText) + "]}"), 400, "not a"));
        cases.add(new Case("a decompression-bomb PNG (10,000 × 10,000)", t -> t.alice.post("/gradio_api/run/sepia",
                "{\"data\": [" + fileData(t.upload("bomb.png", HostileFiles.decompressionBomb(10_000))) + "]}"), 400, "limit"));
        cases.add(new Case("a truncated PNG", t -> t.alice.post("/gradio_api/run/classify",
                "{\"data\": [" + fileData(t.upload("half.png", HostileFiles.truncatedPng())) + "]}"), 400, "truncated"));
        // Requests a browser says come from another site.
        cases.add(new Case("a prediction from a foreign Origin", t -> t.alice.post("/gradio_api/run/predict",
                "{\"data\": [5, \"add\", 7]}", "Origin", "https://evil.example"), 403, "Cross-origin"));
        cases.add(new Case("a flag from Origin: null", t -> t.alice.post("/gradio_api/flag/predict",
                flag(t.aliceCalculatorEvent, null), "Origin", "null"), 403, "Cross-origin"));
        cases.add(new Case("a flag with Sec-Fetch-Site: cross-site", t -> t.alice.post("/gradio_api/flag/predict",
                flag(t.aliceCalculatorEvent, null), "Sec-Fetch-Site", "cross-site"), 403, "Cross-site"));
        cases.add(new Case("a flag with no Origin and a foreign Referer", t -> t.alice.post("/gradio_api/flag/predict",
                flag(t.aliceCalculatorEvent, null), "Referer", "https://evil.example/page.html"), 403, "Cross-origin"));
        cases.add(new Case("an upload from a foreign Origin", t -> t.alice.post("/gradio_api/upload",
                new HostileFiles.Multipart().file("x.txt", new byte[] {'x'}).contentType(), "x".getBytes(StandardCharsets.UTF_8),
                "Origin", "https://evil.example"), 403, "Cross-origin"));
        cases.add(new Case("a login from a foreign Origin", t -> t.server.anonymous().post("/login",
                "{\"username\": \"alice\", \"password\": \"guess\"}", "Origin", "https://evil.example"), 403, "Cross-origin"));
        // Reading files.
        cases.add(get("/gradio_api/file= traversal with ..%2f", "/gradio_api/file=..%2f..%2f..%2fetc%2fpasswd", 404, "No such file"));
        cases.add(get("/gradio_api/file= traversal with %2e%2e/", "/gradio_api/file=%2e%2e/%2e%2e/etc/passwd", 404, "No such file"));
        cases.add(get("/gradio_api/file= double-encoded traversal", "/gradio_api/file=%252e%252e%252fetc%252fpasswd", 404, "No such file"));
        cases.add(get("/gradio_api/file= overlong UTF-8 dots", "/gradio_api/file=%c0%ae%c0%ae/etc/passwd", 400, "refused"));
        cases.add(get("/gradio_api/file= an absolute path", "/gradio_api/file=/etc/passwd", 404, "No such file"));
        cases.add(get("/gradio_api/file= the flagged log", "/gradio_api/file=flagged/logs.csv", 404, "No such file"));
        cases.add(get("a path with a NUL", "/config%00.json", 400, "refused"));
        return cases;
    }

    // ---- the requests

    private static Case run(String name, String api, String body, int status, String error) {
        return new Case(name, t -> t.alice.post("/gradio_api/run/" + api, body), status, error);
    }

    private static Case data(String name, String api, String data, int status, String error) {
        return run(name, api, "{\"data\": " + data + "}", status, error);
    }

    private static Case flag(String name, String api, String eventIdJson, String option, int status, String error) {
        return new Case(name, t -> t.alice.post("/gradio_api/flag/" + api,
                "{\"event_id\": " + eventIdJson + ", \"flag_option\": " + (option == null ? "null" : "\"" + option + "\"") + "}"),
                status, error);
    }

    /** A FileData for the sepia filter whose path is {@code pathJson}, with PICTURE standing for a real issued path. */
    private static Case file(String name, String pathJson, int status, String error) {
        return new Case(name, t -> {
            String path = pathJson.equals("UPPER") ? json(t.issuedPicture.toUpperCase(Locale.ROOT))
                    : pathJson.startsWith("PICTURE") ? json(t.issuedPicture + pathJson.substring("PICTURE".length()))
                    : pathJson;
            return t.alice.post("/gradio_api/run/sepia", "{\"data\": [" + String.format(FILE_DATA, path) + "]}");
        }, status, error);
    }

    private static Case get(String name, String rawPath, int status, String error) {
        return new Case(name, t -> t.alice.get(rawPath), status, error);
    }

    String predict(String api, String data) {
        RunningDemo.Response response = alice.post("/gradio_api/run/" + api, "{\"data\": " + data + "}");
        assertEquals(200, response.status(), response.body());
        return response.json().get("event_id").textValue();
    }

    String upload(String name, byte[] content) {
        RunningDemo.Response response = upload(new HostileFiles.Multipart().file(name, content));
        assertEquals(200, response.status(), response.body());
        return response.json().get(0).textValue();
    }

    RunningDemo.Response upload(HostileFiles.Multipart parts) {
        return alice.post("/gradio_api/upload", parts.contentType(), parts.bytes());
    }

    /** A symlink next to a real upload, pointing out of the store, sent as if the server had issued it. */
    String plantSymlink() {
        Path issued = Path.of(issuedPicture);
        try {
            Path link = issued.resolveSibling("passwd.png");
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of("/etc/passwd"));
            return link.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String flag(String eventId, String option) {
        return "{\"event_id\": " + json(eventId) + ", \"flag_option\": " + (option == null ? "null" : json(option)) + "}";
    }

    static String fileData(String issuedPath) {
        return String.format(FILE_DATA, json(issuedPath));
    }

    static String json(String text) {
        return RunningDemo.JSON.getNodeFactory().textNode(text).toString();
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ---- what was written

    /** Every file and directory under the app's directory (flagging directories, tmpdir, uploads), with a hash of each file. */
    private Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(server.app)) {
            paths.forEach(path -> files.put(server.app.relativize(path).toString(), digest(path)));
        } catch (IOException e) {
            // A multipart part may vanish from the upload store while it is walked; take the picture again.
            return snapshot();
        }
        return files;
    }

    private void assertNothingWrittenOutsideUploads(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String path : union(before, after)) {
            if (!java.util.Objects.equals(before.get(path), after.get(path)) && !path.startsWith("uploads")) {
                changed.add(path);
            }
        }
        assertEquals(List.of(), changed, "written outside the upload store (logs.csv included)");
    }

    private static List<String> union(Map<String, String> a, Map<String, String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a.keySet());
        all.addAll(b.keySet());
        return new ArrayList<>(all);
    }

    private static String digest(Path path) {
        if (Files.isSymbolicLink(path)) {
            return "symlink";
        }
        if (Files.isDirectory(path)) {
            return "dir";
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
        } catch (java.nio.file.NoSuchFileException e) {
            return "gone";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(2)
    void theFlaggedLogsStillHoldExactlyTheSeededRows() throws IOException {
        assertEquals(2, Files.readAllLines(server.app.resolve("flagged/logs.csv")).size(), "the header and the one seeded flag");
        assertEquals(2, Files.readAllLines(server.app.resolve("flagged_summaries/logs.csv")).size());
        assertEquals(2, Files.readAllLines(server.app.resolve("flagged-classifier/logs.csv")).size());
    }

    @Test
    @Order(3)
    void formulasInEveryTextLikeValueAreNeutralisedInTheCsv() throws IOException {
        // Textbox, Radio and Dropdown values, the flag option, and the JSON output (which echoes them).
        String event = predict("hostile", "[" + json(Hostile.FORMULA) + ", \"=1+1\", \"@SUM(1)\", 1]");
        assertEquals(200, alice.post("/gradio_api/flag/hostile", flag(event, Hostile.FORMULA)).status());
        String summary = predict("summarize", "[\"+SUM(1,2) is -3. Or is it?\"]");
        assertEquals(200, alice.post("/gradio_api/flag/summarize", flag(summary, "offensive")).status());
        // The username: a user whose name is a formula.
        SuiteProcess.Client formula = server.login(Hostile.FORMULA, SuiteServer.USERS[2][1]);
        RunningDemo.Response prediction = formula.post("/gradio_api/run/predict", "{\"data\": [2, \"add\", 2]}");
        assertEquals(200, formula.post("/gradio_api/flag/predict", flag(prediction.json().get("event_id").textValue(), null)).status());

        for (String log : List.of("flagged-hostile/logs.csv", "flagged_summaries/logs.csv", "flagged/logs.csv")) {
            try (var parser = org.apache.commons.csv.CSVParser.parse(server.app.resolve(log), StandardCharsets.UTF_8,
                    org.apache.commons.csv.CSVFormat.DEFAULT)) {
                for (var record : parser) {
                    for (String cell : record) {
                        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                                log + " has a cell a spreadsheet would run: " + cell);
                    }
                }
            }
        }
        String hostileLog = Files.readString(server.app.resolve("flagged-hostile/logs.csv"));
        assertTrue(hostileLog.contains("'=HYPERLINK(\"\"http://evil.example\"\""), hostileLog);
        assertTrue(hostileLog.contains("'=1+1") && hostileLog.contains("'@SUM(1)"), hostileLog);
        assertTrue(Files.readString(server.app.resolve("flagged/logs.csv")).contains("'=HYPERLINK("));
        assertTrue(Files.readString(server.app.resolve("flagged_summaries/logs.csv")).contains("'+SUM(1,2) is -3."));
    }

    @Test
    @Order(4)
    void aMethodThatThrowsAnswers500WithoutItsStackTrace() {
        RunningDemo.Response response = alice.post("/gradio_api/run/hostile", "{\"data\": [\"crash\", \"=1+1\", \"@SUM(1)\", 1]}");
        assertEquals(500, response.status());
        assertEquals("Internal error; see the server log", response.json().get("error").textValue());
        assertFalse(response.body().contains("NullPointerException") || response.body().contains("5ec7e7"), response.body());
        assertTrue(server.serverLog().contains("NullPointerException: internal detail 5ec7e7"), "the log has it instead");
        assertEquals(200, alice.get("/config").status());
    }

    @Test
    @Order(5)
    void theServerLogHoldsNoPasswordAndNoSessionToken() {
        SuiteProcess.Client carol = server.login("bob", SuiteServer.USERS[1][1]);
        assertEquals(401, server.anonymous().post("/login", "{\"username\": \"alice\", \"password\": \"wrong-password-3d9\"}").status());
        String log = server.serverLog();
        assertTrue(log.contains("Failed login"), "logins are logged:\n" + log);
        for (String[] user : SuiteServer.USERS) {
            assertFalse(log.contains(user[1]), "the log shows a password");
        }
        assertFalse(log.contains("wrong-password-3d9"), "the log shows a mistyped password");
        for (SuiteProcess.Client client : List.of(alice, bob, carol)) {
            String token = client.cookie.substring(client.cookie.indexOf('=') + 1);
            assertFalse(log.contains(token), "the log shows a session token");
        }
    }
}
