package dev.pennant.server.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every response carries, pages, assets, files, JSON and errors alike (Jetty's own
 * errors get them through {@link JsonErrorHandler}).
 */
final class SecurityHeaders {

    // The page loads only its own script and style; config text is inserted with textContent.
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; form-action 'self'";

    static final Map<String, String> HEADERS = headers();

    private SecurityHeaders() {}

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        // No Referer leaves for other sites (issued file paths stay private). Not "no-referrer": under
        // it browsers send "Origin: null" on the page's own form POSTs, which CrossSiteGuard refuses.
        headers.put("Referrer-Policy", "same-origin");
        // For browsers that predate frame-ancestors.
        headers.put("X-Frame-Options", "SAMEORIGIN");
        return Map.copyOf(headers);
    }

    static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
