package dev.pennant.server.http;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/** The public URL clients build API URLs from: scheme and host as the client saw them, no trailing slash. */
public final class RequestRoot {
    private RequestRoot() {}

    /** From {@code X-Forwarded-Proto}/{@code X-Forwarded-Host} when a proxy set them, else the request's own. */
    public static String of(Context ctx) {
        String proto = first(ctx.header("X-Forwarded-Proto"));
        String host = first(ctx.header("X-Forwarded-Host"));
        String scheme = proto != null && proto.matches("(?i)https?") ? proto.toLowerCase(Locale.ROOT) : ctx.scheme();
        if (host == null) {
            host = ctx.host();
        }
        if (host == null || host.isBlank() || !validHost(host)) {
            host = ctx.req().getLocalAddr() + ":" + ctx.req().getLocalPort();
        }
        return scheme + "://" + host;
    }

    private static boolean validHost(String host) {
        try {
            URI uri = new URI("http://" + host);
            return uri.getHost() != null && uri.getPath().isEmpty() && uri.getRawQuery() == null && uri.getRawUserInfo() == null;
        } catch (Exception e) {
            return false;
        }
    }

    private static String first(String header) {
        if (header == null) {
            return null;
        }
        String value = header.split(",", 2)[0].trim();
        return value.isEmpty() ? null : value;
    }
}
