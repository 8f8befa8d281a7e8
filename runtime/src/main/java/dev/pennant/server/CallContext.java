package dev.pennant.server;

import dev.pennant.components.FileCodec;

/**
 * What a prediction needs to know about the request that asked for it, once it runs on a queue
 * worker far from that request: where its file inputs are looked up and its file outputs stored
 * (with URLs under the request's root), and who asked (recorded if auto mode flags the result).
 *
 * @param files the file codec for the request ({@code Routes.fileCodec})
 * @param username the logged-in user, or {@code null} without a login
 */
record CallContext(FileCodec files, String username) {
    /** Outside a request: no files, no user. */
    static final CallContext NONE = new CallContext(FileCodec.NONE, null);
}
