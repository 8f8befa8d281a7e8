package dev.pennant.server;

import dev.pennant.server.auth.Credentials;
import dev.pennant.server.files.FileLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * Launch settings that have no environment variable: who may log in, how long a flagging callback
 * may take before the flag is answered with 504 (the callback keeps running in its thread), how
 * many predictions may wait in each interface's queue before joining answers 503, the limits on
 * uploaded and produced files, and how often idle streams send a heartbeat.
 */
record LaunchOptions(Credentials credentials, Duration flagTimeout, int maxQueueSize, FileLimits fileLimits,
        Duration heartbeatInterval) {
    /** Long enough for a slow disk or a remote database, short enough that a hung callback is noticed. */
    static final Duration DEFAULT_FLAG_TIMEOUT = Duration.ofSeconds(30);
    /** Enough for a demo's bursts; bounded so a flood costs memory only up to a point. */
    static final int DEFAULT_MAX_QUEUE_SIZE = 64;

    LaunchOptions {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(fileLimits, "fileLimits");
        Objects.requireNonNull(flagTimeout, "flagTimeout");
        Objects.requireNonNull(heartbeatInterval, "heartbeatInterval");
        if (flagTimeout.isNegative() || flagTimeout.isZero()) {
            throw new IllegalArgumentException("the flag timeout must be positive, was " + flagTimeout);
        }
        if (maxQueueSize < 1) {
            throw new IllegalArgumentException("maxQueueSize must be at least 1, got " + maxQueueSize);
        }
    }

    /** Whether every page and API route needs a login. */
    boolean authRequired() {
        return !credentials.isEmpty();
    }
}
