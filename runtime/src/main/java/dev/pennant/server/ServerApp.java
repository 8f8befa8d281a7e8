package dev.pennant.server;

import dev.pennant.server.auth.LoginRoutes;
import dev.pennant.server.docs.DocumentRoutes;
import dev.pennant.server.files.FileContext;
import dev.pennant.server.files.FileRoutes;
import dev.pennant.server.files.FileStore;
import dev.pennant.server.flag.FlagDispatch;
import dev.pennant.server.flag.FlagRoute;
import dev.pennant.server.http.HttpDefaults;
import dev.pennant.server.http.RequestRoot;
import dev.pennant.server.http.StaticAssets;
import dev.pennant.server.predict.Caller;
import dev.pennant.server.predict.ServedInterface;
import dev.pennant.server.predict.ServedInterfaces;
import dev.pennant.server.queue.Heartbeats;
import dev.pennant.server.queue.PredictionRoutes;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;

/**
 * The Javalin app: what every route shares ({@link HttpDefaults}), the login wall when there are
 * users, then each room's routes: the page, the documents, predictions, flags and files.
 */
final class ServerApp {
    private final ServedInterfaces interfaces;
    private final LaunchOptions options;
    private final FileStore files;
    private final FlagDispatch flags;
    private final StaticAssets assets = StaticAssets.load();

    ServerApp(List<ServedInterface> interfaces, LaunchOptions options, FileStore files, FlagDispatch flags) {
        this.interfaces = new ServedInterfaces(interfaces);
        this.options = options;
        this.files = files;
        this.flags = flags;
    }

    Javalin create() {
        return Javalin.create(config -> {
            HttpDefaults.apply(config);
            if (options.authRequired()) {
                new LoginRoutes(options.credentials(), assets).register(config);
            }
            assets.registerPage(config);
            new DocumentRoutes(interfaces.all(), assets, options.authRequired(), files.limits().maxFileSize()).register(config);
            new PredictionRoutes(interfaces, options.maxQueueSize(), flags, new Heartbeats(options.heartbeatInterval()),
                    this::caller).register(config);
            new FlagRoute(interfaces, flags).register(config);
            new FileRoutes(files).register(config);
        });
    }

    /**
     * The request's side of a prediction: file inputs are read from, and file outputs stored in, this
     * server's files, with output URLs under the request's root; and the logged-in user.
     */
    private Caller caller(Context ctx) {
        return new Caller(FileContext.forRequest(files, RequestRoot.of(ctx)), LoginRoutes.username(ctx));
    }
}
