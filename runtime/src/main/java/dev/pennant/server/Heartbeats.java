package dev.pennant.server;

import java.time.Duration;

/**
 * How often an idle stream says it is still alive: 15 s, like Gradio (Python's client gives up on
 * a silent heartbeat stream after 20 s). Package-private and adjustable so tests need not wait.
 */
final class Heartbeats {
    static volatile Duration interval = Duration.ofSeconds(15);

    private Heartbeats() {}

    static long intervalMillis() {
        return interval.toMillis();
    }
}
