package dev.pennant.server;

import dev.pennant.spi.FlagChoice;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.FlaggingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /gradio_api/flag/{api_name}} with {@code {"event_id": "…", "flag_option": null}}:
 * flags the server's own copy of that prediction's inputs and outputs.
 *
 * <p>Status codes: 200 {@code {"count": N}}; 400 for a malformed body or a flag_option that is not
 * allowed (nothing is written); 403 when the interface's flagging mode is never; 404 when the event
 * id is unknown or expired, or (with a login) belongs to another user's prediction; 500 {@code "Flagging failed; see the server log"} when the callback
 * throws; 504 {@code "Flagging did not finish in time; see the server log"} when it runs longer than the
 * flag timeout (it keeps running in its own thread, and the server keeps serving). Flagging one event
 * twice writes one row and answers the first count again, so a double click is harmless.
 *
 * <p>The username passed to the callback is the session's ({@link LoginRoutes#username}), never a
 * value from the request.
 */
final class Flags {
    private static final Logger LOG = LoggerFactory.getLogger(Flags.class);
    static final String FLAGGING_FAILED = "Flagging failed; see the server log";
    static final String FLAGGING_TIMED_OUT = "Flagging did not finish in time; see the server log";

    /** Callbacks run here so that a request waits a bounded time; daemon threads never keep the JVM alive. */
    private static final ExecutorService CALLBACKS = Executors.newCachedThreadPool(new java.util.concurrent.ThreadFactory() {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "pennant-flagging-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    private Flags() {}

    static ObjectNode flag(ServedInterface served, byte[] body) {
        return flag(served, body, null);
    }

    static ObjectNode flag(ServedInterface served, byte[] body, String username) {
        if (served.flaggingMode() == FlaggingMode.NEVER || served.callback() == null) {
            throw new ApiException(403, "Flagging is disabled for \"" + served.apiName() + "\"");
        }
        JsonNode request = Json.parse(body);
        if (!request.isObject()) {
            throw new ApiException(400, "The request body must be a JSON object like {\"event_id\": \"...\", \"flag_option\": null}");
        }
        JsonNode id = request.get("event_id");
        if (id == null || !id.isTextual() || id.textValue().isEmpty()) {
            throw new ApiException(400, "The request body needs the \"event_id\" of a prediction, as a string");
        }
        String option = option(served, request.get("flag_option"));
        EventStore.Event event = served.events().get(id.textValue());
        // Another user's event answers exactly like an unknown one: its existence is not revealed.
        if (event == null || !event.visibleTo(username)) {
            throw new ApiException(404, "Unknown or expired event_id; submit again and flag the new result");
        }
        Future<Integer> flagged = CALLBACKS.submit(() -> event.flagOnce(data -> served.callback().flag(data, option, username)));
        try {
            return Json.object().put("count", await(flagged, served.flagTimeout()));
        } catch (TimeoutException e) {
            LOG.error("Flagging {} did not finish within {}; the callback {} is still running", served.apiName(),
                    served.flagTimeout(), served.callback().getClass().getName());
            throw new ApiException(504, FLAGGING_TIMED_OUT);
        } catch (Exception | LinkageError e) {
            LOG.error("Flagging {} failed", served.apiName(), e);
            throw new ApiException(500, FLAGGING_FAILED);
        }
    }

    /** In auto mode every successful prediction is flagged; a failure is logged and the prediction still answers. */
    static void autoFlag(ServedInterface served, String eventId, EventStore.Event event) {
        autoFlag(served, eventId, event, null);
    }

    static void autoFlag(ServedInterface served, String eventId, EventStore.Event event, String username) {
        Future<Integer> flagged = CALLBACKS.submit(() -> event.flagOnce(data -> served.callback().flag(data, null, username)));
        try {
            await(flagged, served.flagTimeout());
        } catch (TimeoutException e) {
            LOG.error("Automatic flagging of {} event {} did not finish within {}; the callback is still running",
                    served.apiName(), eventId, served.flagTimeout());
        } catch (Exception | LinkageError e) {
            LOG.error("Automatic flagging of {} event {} failed", served.apiName(), eventId, e);
        }
    }

    /** The callback's count, or the exception it threw (unwrapped). */
    private static int await(Future<Integer> flagged, Duration timeout) throws Exception {
        try {
            return flagged.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static String option(ServedInterface served, JsonNode node) {
        // Auto mode shows no buttons and records no option, as in Gradio.
        var options = served.flaggingMode() == FlaggingMode.MANUAL ? served.spec().flaggingOptions() : List.<FlagChoice>of();
        boolean missing = node == null || node.isNull();
        if (options.isEmpty()) {
            if (!missing) {
                throw new ApiException(400, "This interface has no flagging options, so flag_option must be null");
            }
            return null;
        }
        List<String> values = options.stream().map(FlagChoice::value).toList();
        if (missing || !node.isTextual() || !values.contains(node.textValue())) {
            throw new ApiException(400, "flag_option must be one of " + values);
        }
        return node.textValue();
    }
}
