package dev.pennant.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Launch settings that have no environment variable: who may log in, how long a flagging callback
 * may take before the flag is answered with 504 (the callback keeps running in its thread), and how
 * many predictions may wait in each interface's queue before joining answers 503, and the limits on
 * uploaded and produced files.
 */
public record LaunchOptions(Credentials credentials, Duration flagTimeout, int maxQueueSize, FileLimits fileLimits) {
    /** Long enough for a slow disk or a remote database, short enough that a hung callback is noticed. */
    public static final Duration DEFAULT_FLAG_TIMEOUT = Duration.ofSeconds(30);
    /** Enough for a demo's bursts; bounded so a flood costs memory only up to a point. */
    public static final int DEFAULT_MAX_QUEUE_SIZE = 64;

    public LaunchOptions {
        credentials = credentials == null ? new Credentials() : credentials;
        fileLimits = fileLimits == null ? FileLimits.DEFAULT : fileLimits;
        Objects.requireNonNull(flagTimeout, "flagTimeout");
        if (flagTimeout.isNegative() || flagTimeout.isZero()) {
            throw new IllegalArgumentException("the flag timeout must be positive, was " + flagTimeout);
        }
        if (maxQueueSize < 1) {
            throw new IllegalArgumentException("maxQueueSize must be at least 1, got " + maxQueueSize);
        }
    }

    public static LaunchOptions defaults() {
        return new LaunchOptions(new Credentials(), DEFAULT_FLAG_TIMEOUT, DEFAULT_MAX_QUEUE_SIZE, FileLimits.DEFAULT);
    }

    /** Whether every page and API route needs a login. */
    public boolean authRequired() {
        return !credentials.isEmpty();
    }
}
