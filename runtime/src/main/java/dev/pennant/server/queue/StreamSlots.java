package dev.pennant.server.queue;

import dev.pennant.server.http.ApiException;
import java.util.concurrent.Semaphore;

/**
 * A cap on open event streams. Each stream holds one of Jetty's request threads while it is open,
 * so without a cap enough idle streams would leave none for the page and the API.
 */
final class StreamSlots {
    static final int MAX_OPEN_STREAMS = 128;

    private final Semaphore slots = new Semaphore(MAX_OPEN_STREAMS);

    /** Takes a slot or refuses with 503. */
    void acquire() {
        if (!slots.tryAcquire()) {
            throw new ApiException(503, "Too many open streams; try again later");
        }
    }

    void release() {
        slots.release();
    }
}
