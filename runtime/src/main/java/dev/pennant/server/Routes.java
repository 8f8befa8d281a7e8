package dev.pennant.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.FileCodec;
import dev.pennant.components.InvalidInputException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP surface: the page and its assets, the "Use via API" page, Gradio's {@code /config},
 * {@code /gradio_api/info}, {@code /gradio_api/run/{api_name}}, the queue ({@link QueueRoutes}) and
 * {@code /call} ({@link CallRoutes}), and Pennant's {@code /gradio_api/flag/{api_name}}. Every
 * error is JSON {@code {"error": "…"}}; stack traces go to the log, never to the client.
 */
final class Routes {
    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    static final String INTERNAL_ERROR = "Internal error; see the server log";
    /** Requests are small JSON documents; anything larger is refused before it is read. */
    static final long MAX_BODY_BYTES = 1_000_000;

    private final List<ServedInterface> interfaces;
    private final Map<String, ServedInterface> byApiName = new LinkedHashMap<>();
    private final StaticAssets assets = StaticAssets.load();
    private final ObjectNode apiInfo;
    private final LaunchOptions options;
    private final FileStore files;
    private final PredictionQueues queues;
    private final SessionQueues sessions = new SessionQueues();
    private final QueueRoutes queueRoutes;
    private final CallRoutes callRoutes;

    Routes(List<ServedInterface> interfaces, LaunchOptions options, FileStore files) {
        this.interfaces = interfaces;
        this.options = options;
        this.files = files;
        for (ServedInterface served : interfaces) {
            byApiName.put(served.apiName(), served);
        }
        this.apiInfo = ApiInfoDocument.build(interfaces);
        this.queues = new PredictionQueues(interfaces, options.maxQueueSize());
        StreamSlots slots = new StreamSlots();
        this.queueRoutes = new QueueRoutes(interfaces, queues, sessions, slots, this::callContext);
        this.callRoutes = new CallRoutes(this::endpoint, queues, sessions, slots, this::callContext);
    }

    void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.http.generateEtags = false;
        // Errors Jetty answers itself (bad URI, bad Host, oversized headers) are JSON too, with the same headers.
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler()));

        config.routes.before(this::securityHeaders);
        if (options.authRequired()) {
            new LoginRoutes(options.credentials(), assets).configure(config);
        }
        config.routes.get("/", ctx -> assets.send(ctx, "index.html"));
        config.routes.get("/api", ctx -> assets.send(ctx, "api.html"));
        config.routes.get("/assets/{name}", ctx -> assets.send(ctx, ctx.pathParam("name")));
        config.routes.get("/favicon.ico", ctx -> ctx.status(204)); // no icon; spares browsers a 404 in the console
        config.routes.get("/config", ctx -> Json.send(ctx, 200, ConfigDocument.build(interfaces, root(ctx), files.limits().maxFileSize())
                .put("auth_required", options.authRequired())
                .put("username", LoginRoutes.username(ctx))));
        config.routes.get("/gradio_api/info", ctx -> Json.send(ctx, 200, apiInfo));
        config.routes.post("/gradio_api/run/{api_name}", this::run);
        config.routes.post("/gradio_api/api/{api_name}", this::run);
        config.routes.post("/gradio_api/flag/{api_name}", this::flag);
        queueRoutes.register(config);
        callRoutes.register(config);
        config.events.serverStopping(this::stopQueues);
        new FileRoutes(files).configure(config);

        config.routes.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage()));
        config.routes.exception(InvalidInputException.class, (e, ctx) -> Json.error(ctx, 400, e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> Json.error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "The request body is larger than " + MAX_BODY_BYTES + " bytes" : e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error handling {} {}", ctx.method(), ctx.path(), e);
            Json.error(ctx, 500, INTERNAL_ERROR);
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Json.error(ctx, 404, "Not found: " + ctx.method() + " " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                Json.error(ctx, 405, "Method not allowed: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    /** Runs through the interface's queue too, so its concurrency limit holds for every route. */
    private void run(Context ctx) {
        ServedInterface served = endpoint(ctx);
        CallContext caller = callContext(ctx);
        List<Object> arguments = Predictions.decode(served, Json.parse(ctx.bodyAsBytes()), caller.files());
        Json.send(ctx, 200, queues.of(served).runAndWait(Predictions.newEventId(), arguments, caller));
    }

    /** Ends open streams and refuses waiting predictions, so stopping does not wait for clients. */
    private void stopQueues() {
        queueRoutes.stop();
        sessions.closeAll();
        queues.shutdown();
    }

    private void flag(Context ctx) {
        ServedInterface served = endpoint(ctx);
        Json.send(ctx, 200, Flags.flag(served, ctx.bodyAsBytes(), LoginRoutes.username(ctx)));
    }

    /** Reads file inputs from, and stores file outputs in, this server's files; output URLs start at the request's root. */
    FileCodec fileCodec(Context ctx) {
        return new FileCodec(files, files.limits().maxImagePixels(), root(ctx));
    }

    /** The request's file codec and logged-in user, carried to the queue worker that runs the prediction. */
    CallContext callContext(Context ctx) {
        return new CallContext(fileCodec(ctx), LoginRoutes.username(ctx));
    }

    private ServedInterface endpoint(Context ctx) {
        String name = ctx.pathParam("api_name");
        ServedInterface served = byApiName.get(name);
        if (served == null) {
            throw new ApiException(404, "No endpoint named \"" + name + "\"; available: " + byApiName.keySet());
        }
        return served;
    }

    private void securityHeaders(Context ctx) {
        SecurityHeaders.apply(ctx);
        if ("POST".equals(ctx.method().name())) {
            CrossSiteGuard.check(ctx);
        }
    }

    /** The public URL clients build API URLs from: scheme and host as the client saw them, no trailing slash. */
    static String root(Context ctx) {
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

    Javalin create() {
        return Javalin.create(this::configure);
    }
}
