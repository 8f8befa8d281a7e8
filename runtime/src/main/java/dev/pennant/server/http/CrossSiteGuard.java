package dev.pennant.server.http;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses state-changing requests (POSTs: predictions, uploads, flags, logins) that a browser says
 * come from another site. A page elsewhere may POST here without a preflight (a "simple" request), and
 * a server bound to 127.0.0.1 is reachable from any page the user opens, so the browser's own
 * statements are checked, in order of trust:
 * <ol>
 *   <li>{@code Sec-Fetch-Site}: anything but {@code same-origin} or {@code none} (typed by the user) is refused;</li>
 *   <li>{@code Origin}: must be this server's origin; {@code null} (sandboxed frames, {@code file:} pages,
 *       some redirects) is refused;</li>
 *   <li>without an Origin, a {@code Referer} naming another origin is refused.</li>
 * </ol>
 * Clients that are not browsers (curl, {@code @gradio/client} under Node, Python) send none of these
 * headers and are let through: they act for whoever runs them, not for a visited page.
 */
final class CrossSiteGuard {

    private CrossSiteGuard() {}

    static void check(Context ctx) {
        String fetchSite = ctx.header("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            if (!site.equals("same-origin") && !site.equals("none")) {
                throw new ApiException(403, "Cross-site request refused (Sec-Fetch-Site: " + printable(site) + ")");
            }
        }
        String origin = ctx.header("Origin");
        if (origin != null) {
            if (!sameOrigin(ctx, origin)) {
                throw new ApiException(403, "Cross-origin request refused (Origin " + printable(origin) + ")");
            }
            return;
        }
        String referer = ctx.header("Referer");
        if (referer != null && !sameOrigin(ctx, originOf(referer))) {
            throw new ApiException(403, "Cross-origin request refused (the Referer names another site)");
        }
    }

    private static boolean sameOrigin(Context ctx, String origin) {
        return origin != null
                && (origin.equalsIgnoreCase(RequestRoot.of(ctx)) || origin.equalsIgnoreCase(ctx.scheme() + "://" + ctx.host()));
    }

    /** {@code scheme://host[:port]} of a URL, or null when it has none. */
    private static String originOf(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return null;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (Exception e) {
            return null;
        }
    }

    /** Echoes a header in an error message only as short printable ASCII. */
    private static String printable(String value) {
        String cleaned = value.replaceAll("[^\\x20-\\x7e]", "?");
        return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
    }
}
