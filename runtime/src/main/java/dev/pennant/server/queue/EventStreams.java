package dev.pennant.server.queue;

import io.javalin.http.Context;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the queue's routes stream: each open stream holds one of the server's {@link StreamSlots}, idle
 * streams speak up every heartbeat interval, and a client that goes away ends its stream quietly.
 */
final class EventStreams {
    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);

    /** What one stream writes, until it returns; it may wait on the heartbeat interval. */
    @FunctionalInterface
    interface Body {
        void write(EventStreamWriter stream) throws IOException, InterruptedException;
    }

    private final StreamSlots slots = new StreamSlots();
    private final Heartbeats heartbeats;

    EventStreams(Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    long heartbeatMillis() {
        return heartbeats.intervalMillis();
    }

    /** Answers the request with an event stream, or 503 when too many are open. */
    void serve(Context ctx, String what, Body body) {
        slots.acquire();
        try {
            body.write(EventStreamWriter.start(ctx));
        } catch (IOException e) {
            LOG.debug("{} ended by the client: {}", what, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            slots.release();
        }
    }
}
