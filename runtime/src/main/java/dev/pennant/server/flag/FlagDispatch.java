package dev.pennant.server.flag;

import dev.pennant.server.http.ApiException;
import dev.pennant.server.predict.EventStore;
import dev.pennant.server.predict.ServedInterface;
import dev.pennant.server.util.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands events to flagging callbacks on one server's own threads, so a request waits for a callback
 * at most the interface's flag timeout (the callback keeps running, and the server keeps serving).
 * Each event is flagged at most once, however often it is asked. {@link #close()} lets callbacks that
 * are still running finish: nothing already handed to a callback is cut short.
 */
public final class FlagDispatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FlagDispatch.class);
    static final String FLAGGING_FAILED = "Flagging failed; see the server log";
    static final String FLAGGING_TIMED_OUT = "Flagging did not finish in time; see the server log";

    private final ExecutorService callbacks = Executors.newCachedThreadPool(DaemonThreads.named("pennant-flagging"));

    /**
     * Flags an event a client named and answers its count: 500 when the callback throws, 504 when it
     * runs past the flag timeout.
     */
    int flag(ServedInterface served, EventStore.Event event, String option, String username) {
        Future<Integer> flagged = callbacks.submit(() -> event.flagOnce(data -> served.callback().flag(data, option, username)));
        try {
            return await(flagged, served.flagTimeout());
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
    public void autoFlag(ServedInterface served, String eventId, EventStore.Event event, String username) {
        Future<Integer> flagged = callbacks.submit(() -> event.flagOnce(data -> served.callback().flag(data, null, username)));
        try {
            await(flagged, served.flagTimeout());
        } catch (TimeoutException e) {
            LOG.error("Automatic flagging of {} event {} did not finish within {}; the callback is still running",
                    served.apiName(), eventId, served.flagTimeout());
        } catch (Exception | LinkageError e) {
            LOG.error("Automatic flagging of {} event {} failed", served.apiName(), eventId, e);
        }
    }

    /** Takes no more flags; callbacks already running finish on their (daemon) threads. */
    @Override
    public void close() {
        callbacks.shutdown();
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
}
