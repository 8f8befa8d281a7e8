package dev.pennant.benchmarks.apps;

import io.javalin.Javalin;

/** The startup baseline: Javalin's hello world, answering {@code GET /config}. */
public final class BareJavalinHelloMain {

    private BareJavalinHelloMain() {}

    public static void main(String[] args) {
        Javalin app = Javalin.create(config -> config.routes.get("/config", ctx -> ctx.result("Hello World")))
                .start("127.0.0.1", 0);
        ReadyLine.print(app.port());
    }
}
