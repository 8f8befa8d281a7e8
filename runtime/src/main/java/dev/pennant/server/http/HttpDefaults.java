package dev.pennant.server.http;

import dev.pennant.components.InvalidInputException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every route shares, registered before any room's routes: the security headers and the
 * cross-site guard on every request, a cap on request bodies, and errors as JSON
 * {@code {"error": "…"}} (stack traces go to the log, never to the client), including the errors
 * Jetty answers itself (bad URI, bad Host, oversized headers).
 */
public final class HttpDefaults {
    private static final Logger LOG = LoggerFactory.getLogger(HttpDefaults.class);
    /** What a client sees for an unexpected failure; the details are in the server log. */
    public static final String INTERNAL_ERROR = "Internal error; see the server log";
    /** Requests are small JSON documents; anything larger is refused before it is read. */
    public static final long MAX_BODY_BYTES = 1_000_000;

    private HttpDefaults() {}

    /** Call first: the guard's before-handler must run ahead of the login wall's. */
    public static void apply(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.http.generateEtags = false;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));

        config.routes.before(HttpDefaults::guard);

        config.routes.exception(ApiException.class, (e, ctx) -> HttpJson.error(ctx, e.status(), e.getMessage()));
        config.routes.exception(InvalidInputException.class, (e, ctx) -> HttpJson.error(ctx, 400, e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> HttpJson.error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "The request body is larger than " + MAX_BODY_BYTES + " bytes" : e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error handling {} {}", ctx.method(), ctx.path(), e);
            HttpJson.error(ctx, 500, INTERNAL_ERROR);
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                HttpJson.error(ctx, 404, "Not found: " + ctx.method() + " " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                HttpJson.error(ctx, 405, "Method not allowed: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    private static void guard(Context ctx) {
        SecurityHeaders.apply(ctx);
        if ("POST".equals(ctx.method().name())) {
            CrossSiteGuard.check(ctx);
        }
    }
}
