package dev.pennant.server.queue;

import java.time.Duration;

/**
 * How often an idle stream says it is still alive: 15 s by default, like Gradio (Python's client gives
 * up on a silent heartbeat stream after 20 s). One per server, so tests can shorten it for their own.
 */
public final class Heartbeats {
    public static final Duration GRADIO_INTERVAL = Duration.ofSeconds(15);

    private final long intervalMillis;

    public Heartbeats(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("the heartbeat interval must be positive, was " + interval);
        }
        this.intervalMillis = interval.toMillis();
    }

    long intervalMillis() {
        return intervalMillis;
    }
}
