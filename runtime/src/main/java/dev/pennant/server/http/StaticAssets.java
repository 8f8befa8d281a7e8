package dev.pennant.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The pages' files, read once from {@code dev/pennant/ui/} on the classpath. A fixed list,
 * not a directory mapping, so no request path ever reaches the class loader.
 */
public final class StaticAssets {
    private static final List<String> NAMES = List.of(
            "index.html",
            "login.html",
            "api.html",
            "pennant.css",
            "pennant-kinds.css",
            "pennant-examples.css",
            "pennant-login.css",
            "pennant-api.css",
            "pennant-core.js",
            "pennant-renderers.js",
            "pennant-kind-text.js",
            "pennant-kind-choices.js",
            "pennant-kind-slider.js",
            "pennant-kind-label.js",
            "pennant-kind-files.js",
            "pennant-kind-json.js",
            "pennant-kind-media.js",
            "pennant-kind-gallery.js",
            "pennant-queue.js",
            "pennant-run.js",
            "pennant-progress.js",
            "pennant-flagging.js",
            "pennant-examples.js",
            "pennant-interface.js",
            "pennant.js",
            "pennant-login.js",
            "pennant-api.js");
    private static final Map<String, String> TYPES_BY_EXTENSION = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8");

    private final Map<String, byte[]> files;

    private StaticAssets(Map<String, byte[]> files) {
        this.files = files;
    }

    public static StaticAssets load() {
        Map<String, byte[]> files = new java.util.HashMap<>();
        for (String name : NAMES) {
            try (InputStream in = StaticAssets.class.getResourceAsStream("/dev/pennant/ui/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Pennant's page asset dev/pennant/ui/" + name + " is missing from the runtime jar");
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new StaticAssets(Map.copyOf(files));
    }

    /** The page, its assets, and an empty favicon (no icon; spares browsers a 404 in the console). */
    public void registerPage(JavalinConfig config) {
        config.routes.get("/", ctx -> send(ctx, "index.html"));
        config.routes.get("/assets/{name}", ctx -> send(ctx, ctx.pathParam("name")));
        config.routes.get("/favicon.ico", ctx -> ctx.status(204));
    }

    public void send(Context ctx, String name) {
        byte[] body = files.get(name);
        if (body == null) {
            throw new ApiException(404, "Not found: " + ctx.path());
        }
        ctx.contentType(TYPES_BY_EXTENSION.get(name.substring(name.lastIndexOf('.') + 1)));
        ctx.header("Cache-Control", "no-cache");
        ctx.result(body);
    }
}
