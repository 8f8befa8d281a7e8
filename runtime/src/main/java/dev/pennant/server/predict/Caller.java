package dev.pennant.server.predict;

import dev.pennant.components.codec.CodecContext;

/**
 * Who asked for a prediction, as the prediction needs to know once it runs on a queue worker far
 * from the request: what the codecs see of the server for it (file inputs looked up in its files,
 * file outputs stored there with URLs under the request's root), and the logged-in user (recorded
 * if auto mode flags the result).
 *
 * @param codecs the server's side of the request, for the component codecs
 * @param username the logged-in user, or {@code null} without a login
 */
public record Caller(CodecContext codecs, String username) {}
