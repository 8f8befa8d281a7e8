package dev.pennant.server.queue;

import dev.pennant.server.predict.Caller;
import io.javalin.http.Context;
import java.util.function.Function;

/**
 * What the queue protocol's routes and {@code /call} share on one server: the interfaces' queues, the
 * sessions that buffer their messages, the event streams, and who asks for each request.
 */
record QueueParts(PredictionQueues queues, QueueSessions sessions, EventStreams streams, Function<Context, Caller> callers) {}
