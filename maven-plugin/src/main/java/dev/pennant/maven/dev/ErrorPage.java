package dev.pennant.maven.dev;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * Answers on the app's port while the app cannot run (it does not compile, or failed to start), so the
 * browser shows why instead of a refused connection: every page is 503 with the compiler's messages
 * and reloads itself every two seconds, which brings the app back once it is fixed; API calls get
 * {@code 503 {"error": "…"}} like any Pennant error.
 */
final class ErrorPage implements AutoCloseable {
    private final HttpServer server;

    private ErrorPage(HttpServer server) {
        this.server = server;
    }

    static ErrorPage serve(String host, int port, String headline, String details) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        byte[] html = html(headline, details).getBytes(StandardCharsets.UTF_8);
        byte[] json = ("{\"error\": " + jsonString(headline + "\n" + details) + "}").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try {
                boolean page = wantsPage(exchange);
                exchange.getResponseHeaders().set("Content-Type",
                        page ? "text/html; charset=utf-8" : "application/json");
                exchange.getResponseHeaders().set("Cache-Control", "no-store");
                exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
                byte[] body = page ? html : json;
                boolean head = exchange.getRequestMethod().equals("HEAD");
                exchange.sendResponseHeaders(503, head ? -1 : body.length);
                if (!head) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                }
            } finally {
                exchange.close();
            }
        });
        server.start();
        return new ErrorPage(server);
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A browser's page load; the page's own scripts and every API client get JSON. */
    private static boolean wantsPage(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String accept = exchange.getRequestHeaders().getFirst("Accept");
        return (method.equals("GET") || method.equals("HEAD")) && !path.startsWith("/gradio_api/")
                && !path.equals("/config") && accept != null && accept.contains("text/html");
    }

    private static String html(String headline, String details) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta http-equiv="refresh" content="2">
                <title>%1$s</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2937}
                h1{font-size:1.3rem;color:#b91c1c}pre{background:#fef2f2;border:1px solid #fecaca;padding:1rem;overflow:auto}</style>
                </head>
                <body>
                <h1>%1$s</h1>
                <pre>%2$s</pre>
                <p>Pennant dev mode: save a fix and this page turns back into the app.</p>
                </body>
                </html>
                """.formatted(escapeHtml(headline), escapeHtml(details));
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }
}
