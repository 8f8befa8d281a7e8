package dev.pennant.server.predict;

import dev.pennant.components.FileCodec;

/**
 * Who asked for a prediction, as the prediction needs to know once it runs on a queue worker far
 * from the request: where its file inputs are looked up and its file outputs stored (with URLs under
 * the request's root), and the logged-in user (recorded if auto mode flags the result).
 *
 * @param files the file codec for the request
 * @param username the logged-in user, or {@code null} without a login
 */
public record Caller(FileCodec files, String username) {}
