package dev.pennant.maven.launch;

import dev.pennant.PennantServer;
import java.util.function.IntSupplier;

/** A started server as the dev mode sees it across class loaders: its bound port, and close. */
record StartedApp(PennantServer server) implements AutoCloseable, IntSupplier {

    @Override
    public int getAsInt() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
