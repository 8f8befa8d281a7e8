package dev.pennant.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Calculator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answer carries the security headers, and every error is JSON, even those Jetty raises itself. */
class SecurityHeadersTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(Calculator.class);



    @ParameterizedTest(name = "GET /{0}")
    @ValueSource(strings = {"", "assets/pennant.js", "assets/pennant.css", "config", "no/such/page", "gradio_api/file=/etc/passwd"})
    void pagesAssetsJsonAndNotFoundAllCarryTheHeaders(String path) {
        Http.Response response = app.http.get(path);
        assertSecurityHeaders(response.raw().headers().map());
    }

    @Test
    void aPredictionErrorCarriesTheHeaders() {
        Http.Response response = app.http.run("predict", "[1, \"divide\"]");
        assertEquals(400, response.status());
        assertSecurityHeaders(response.raw().headers().map());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "GET /a%00b HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "GET /% HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "GET /gradio_api/file=%c0%ae%c0%ae/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\n",
        "GET /config HTTP/1.1\r\nHost: a b c\r\n",
        "GET /config HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: LONG\r\n",
        "GET /LONG HTTP/1.1\r\nHost: 127.0.0.1\r\n",
    })
    void errorsJettyAnswersItselfAreJsonWithTheHeadersAndNoStackTrace(String head) throws IOException {
        String raw = rawRequest(head.replace("LONG", "a".repeat(20_000)) + "Connection: close\r\n\r\n");
        String statusLine = raw.substring(0, raw.indexOf("\r\n"));
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        assertTrue(status >= 400 && status < 500, statusLine);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n")).toLowerCase();
        assertTrue(headers.contains("content-type: application/json"), raw);
        assertTrue(headers.contains("x-content-type-options: nosniff"), raw);
        assertTrue(headers.contains("content-security-policy: default-src 'self'; script-src 'self'"), raw);
        assertTrue(headers.contains("referrer-policy: same-origin"), raw);
        String body = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        assertTrue(body.startsWith("{\"error\":\"The request was refused: " + status), body);
        assertFalse(body.contains("Exception") || body.contains("at org.") || body.contains("<html"), body);
        assertEquals(200, app.http.get("config").status(), "the server still answers");
    }

    @Test
    void postsABrowserSaysComeFromAnotherSiteAreRefused() {
        String ok = "{\"data\":[1,\"add\",2]}";
        String self = "http://127.0.0.1:" + app.server.port();
        for (Map<String, String> headers : new Map[] {
            Map.of("Origin", "https://evil.example"),
            Map.of("Origin", "null"),
            Map.of("Sec-Fetch-Site", "cross-site"),
            Map.of("Sec-Fetch-Site", "same-site", "Origin", self),
            Map.of("Referer", "https://evil.example/page.html"),
        }) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put("Content-Type", "application/json");
            Http.Response refused = app.http.post("gradio_api/run/predict", ok, all);
            assertEquals(403, refused.status(), headers.toString());
            assertTrue(refused.error().contains("refused"), refused.body());
        }
        for (Map<String, String> headers : new Map[] {
            Map.of(),
            Map.of("Origin", self, "Sec-Fetch-Site", "same-origin"),
            Map.of("Referer", self + "/"),
        }) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put("Content-Type", "application/json");
            assertEquals(200, app.http.post("gradio_api/run/predict", ok, all).status(), headers.toString());
        }
    }

    static void assertSecurityHeaders(Map<String, java.util.List<String>> headers) {
        assertEquals(SecurityHeaders.CSP, first(headers, "content-security-policy"));
        assertFalse(first(headers, "content-security-policy").contains("unsafe-inline"));
        assertTrue(first(headers, "content-security-policy").contains("frame-ancestors 'self'"));
        assertEquals("nosniff", first(headers, "x-content-type-options"));
        assertEquals("same-origin", first(headers, "referrer-policy"));
    }

    private static String first(Map<String, java.util.List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse("(missing " + name + ")");
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", app.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
