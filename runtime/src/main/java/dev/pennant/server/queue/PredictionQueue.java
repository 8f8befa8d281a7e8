package dev.pennant.server.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.FlaggingMode;
import dev.pennant.components.InvalidInputException;
import dev.pennant.server.flag.FlagDispatch;
import dev.pennant.server.http.ApiException;
import dev.pennant.server.http.HttpDefaults;
import dev.pennant.server.predict.Caller;
import dev.pennant.server.predict.Predictions;
import dev.pennant.server.predict.ServedInterface;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One interface's queue, as Gradio's: at most {@code concurrencyLimit} calls of the method run at
 * once, the rest wait in order, and at most {@code maxWaiting} may wait; one more is refused with
 * 503 so a burst cannot pile up unbounded work. Waiting predictions hear their rank each time the
 * queue moves. The queue stream, {@code /call} and {@code /run} all go through here, so the limit
 * holds whichever route a client uses. In auto mode a prediction is flagged before it answers.
 */
final class PredictionQueue {
    private static final Logger LOG = LoggerFactory.getLogger(PredictionQueue.class);
    static final String QUEUE_FULL = "The queue is full; try again later";
    static final String SHUTTING_DOWN = "The server is shutting down";

    private record Job(String eventId, List<Object> arguments, Caller caller, PredictionListener listener) {}

    private final ServedInterface served;
    private final int concurrencyLimit;
    private final int maxWaiting;
    private final ExecutorService workers;
    private final FlagDispatch flags;
    private final ArrayDeque<Job> waiting = new ArrayDeque<>();
    private int running;

    PredictionQueue(ServedInterface served, int maxWaiting, ExecutorService workers, FlagDispatch flags) {
        this.served = served;
        this.concurrencyLimit = served.spec().concurrencyLimit();
        this.maxWaiting = maxWaiting;
        this.workers = workers;
        this.flags = flags;
    }

    /** Queues a prediction, or throws a 503 {@link ApiException} when the queue is full. */
    synchronized void submit(String eventId, List<Object> arguments, Caller caller, PredictionListener listener) {
        if (waiting.size() >= maxWaiting) {
            throw new ApiException(503, QUEUE_FULL);
        }
        waiting.add(new Job(eventId, arguments, caller, listener));
        listener.queued(waiting.size() - 1, waiting.size());
        dispatch();
    }

    /**
     * Runs a prediction through the queue and waits for it: {@code /run}'s synchronous answer. The
     * request thread waits anyway, so when a slot is free and nobody is waiting the prediction runs
     * right here (counted against the limit) instead of being handed to a worker and back.
     */
    ObjectNode runAndWait(String eventId, List<Object> arguments, Caller caller) {
        CompletableFuture<ObjectNode> result = new CompletableFuture<>();
        PredictionListener listener = new PredictionListener() {
            @Override public void queued(int rank, int queueSize) {}
            @Override public void started() {}
            @Override public void progress(double fraction, String description) {}
            @Override public void completed(ObjectNode output) { result.complete(output); }
            @Override public void failed(int status, String message) { result.completeExceptionally(new ApiException(status, message)); }
        };
        if (takeFreeSlot()) {
            run(new Job(eventId, arguments, caller, listener)); // always completes the listener and frees the slot
        } else {
            submit(eventId, arguments, caller, listener);
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, SHUTTING_DOWN);
        } catch (ExecutionException e) {
            throw (ApiException) e.getCause();
        }
    }

    /** Takes a slot when one is free and no prediction waits for it (so none is overtaken), and never once the server stops. */
    private synchronized boolean takeFreeSlot() {
        if (running < concurrencyLimit && waiting.isEmpty() && !workers.isShutdown()) {
            running++;
            return true;
        }
        return false;
    }

    /** How many predictions wait (not counting those running). */
    synchronized int waiting() {
        return waiting.size();
    }

    /** Refuses everything still waiting; the executor's shutdown interrupts what runs. */
    synchronized void shutdown() {
        for (Job job : waiting) {
            job.listener().failed(503, SHUTTING_DOWN);
        }
        waiting.clear();
    }

    private void dispatch() {
        boolean moved = false;
        while (running < concurrencyLimit && !waiting.isEmpty()) {
            Job job = waiting.poll();
            running++;
            moved = true;
            try {
                workers.execute(() -> run(job));
            } catch (RejectedExecutionException e) {
                running--;
                job.listener().failed(503, SHUTTING_DOWN);
            }
        }
        if (moved) {
            int rank = 0;
            for (Job job : waiting) {
                job.listener().queued(rank++, waiting.size());
            }
        }
    }

    private void run(Job job) {
        try {
            job.listener().started();
            Predictions.Outcome outcome = Predictions.execute(served, job.eventId(), job.arguments(), job.caller(),
                    new StreamingProgress(job.listener()));
            if (served.flaggingMode() == FlaggingMode.AUTO) {
                flags.autoFlag(served, job.eventId(), outcome.event(), job.caller().username());
            }
            job.listener().completed(outcome.output());
        } catch (ApiException e) {
            job.listener().failed(e.status(), e.getMessage());
        } catch (InvalidInputException e) {
            job.listener().failed(400, e.getMessage());
        } catch (RuntimeException | Error e) {
            // Even a StackOverflowError must answer the client, or it would wait forever.
            LOG.error("Prediction {} of {} failed", job.eventId(), served.apiName(), e);
            job.listener().failed(500, HttpDefaults.INTERNAL_ERROR);
        } finally {
            synchronized (this) {
                running--;
                dispatch();
            }
        }
    }
}
