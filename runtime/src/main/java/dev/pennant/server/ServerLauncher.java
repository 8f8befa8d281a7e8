package dev.pennant.server;

import dev.pennant.PennantServer;
import java.util.List;
import java.util.Map;

/** Starts the Javalin server for a set of targets (classes or instances). */
public final class ServerLauncher {
    private ServerLauncher() {}

    public static PennantServer start(List<Object> targets, String host, Integer port, Map<String, String> environment) {
        throw new UnsupportedOperationException("server not written yet");
    }
}
