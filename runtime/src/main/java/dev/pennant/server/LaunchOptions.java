package dev.pennant.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Launch settings that have no environment variable: who may log in, and how long a flagging
 * callback may take before the flag is answered with 504 (the callback keeps running in its thread).
 */
public record LaunchOptions(Credentials credentials, Duration flagTimeout) {
    /** Long enough for a slow disk or a remote database, short enough that a hung callback is noticed. */
    public static final Duration DEFAULT_FLAG_TIMEOUT = Duration.ofSeconds(30);

    public LaunchOptions {
        credentials = credentials == null ? new Credentials() : credentials;
        Objects.requireNonNull(flagTimeout, "flagTimeout");
        if (flagTimeout.isNegative() || flagTimeout.isZero()) {
            throw new IllegalArgumentException("the flag timeout must be positive, was " + flagTimeout);
        }
    }

    public static LaunchOptions defaults() {
        return new LaunchOptions(new Credentials(), DEFAULT_FLAG_TIMEOUT);
    }

    /** Whether every page and API route needs a login. */
    public boolean authRequired() {
        return !credentials.isEmpty();
    }
}
