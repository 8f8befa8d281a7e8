package dev.pennant.server.http;

/**
 * A request the server refuses with a message the client may read; turned into
 * {@code {"error": message}} with this status by the exception handler.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false); // expected outcomes: no stack trace to fill or log
        this.status = status;
    }

    public int status() {
        return status;
    }
}
