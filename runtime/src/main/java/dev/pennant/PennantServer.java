package dev.pennant;

import java.net.URI;

/** A running Pennant app. Closing it stops the server. */
public interface PennantServer extends AutoCloseable {

    /** The bound port (the real one when 0 was asked for). */
    int port();

    /** The page's address, e.g. {@code http://127.0.0.1:7860/}. */
    URI uri();

    /** Waits until the server is stopped. */
    void block();

    /** Stops the server; idempotent. */
    @Override
    void close();
}
