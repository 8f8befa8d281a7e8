package dev.pennant.server.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.server.auth.LoginRoutes;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.http.RequestRoot;
import dev.pennant.server.http.StaticAssets;
import dev.pennant.server.predict.ServedInterface;
import io.javalin.config.JavalinConfig;
import java.util.List;

/**
 * What clients read about the app: Gradio's {@code GET /config} (built per request, since URLs start
 * at the request's root, and with the login state), {@code GET /gradio_api/info} (built once), and the
 * "Use via API" page at {@code /api}.
 */
public final class DocumentRoutes {
    private final List<ServedInterface> interfaces;
    private final StaticAssets assets;
    private final boolean authRequired;
    private final long maxFileSize;
    private final ObjectNode apiInfo;

    /** @param maxFileSize the upload limit in bytes, which clients check before sending a file */
    public DocumentRoutes(List<ServedInterface> interfaces, StaticAssets assets, boolean authRequired, long maxFileSize) {
        this.interfaces = interfaces;
        this.assets = assets;
        this.authRequired = authRequired;
        this.maxFileSize = maxFileSize;
        this.apiInfo = ApiInfoDocument.build(interfaces);
    }

    public void register(JavalinConfig config) {
        config.routes.get("/api", ctx -> assets.send(ctx, "api.html"));
        config.routes.get("/config", ctx -> HttpJson.send(ctx, 200, ConfigDocument.build(interfaces, RequestRoot.of(ctx), maxFileSize)
                .put("auth_required", authRequired)
                .put("username", LoginRoutes.username(ctx))));
        config.routes.get("/gradio_api/info", ctx -> HttpJson.send(ctx, 200, apiInfo));
    }
}
