package dev.pennant.flagging;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Lets threads that flag at the same time share one append and one {@code force}. The first caller
 * becomes the writer: it takes every row queued so far, writes them as one batch under the directory's
 * monitor, and wakes each caller with its own answer. Callers arriving meanwhile queue and wait on their
 * own request (all woken at once, not one after another); when the writer is done it hands the role to
 * the first of them, which writes everything queued by then.
 *
 * <p>A caller returns only after the batch holding its row was forced (or failed), so "acknowledged
 * means on disk" holds as before; a failure of the batch write is given to every caller in it.
 *
 * @param <R> what a caller hands in to be written (its flag data)
 */
final class GroupCommit<R> {
    /** Writes one batch, in queue order, and completes each request with its row number or its failure. */
    interface BatchWriter<R> {
        void write(List<Request<R>> batch) throws IOException;
    }

    /** One caller's row; completed by whichever thread writes the batch that holds it. */
    static final class Request<R> {
        private final R row;
        // Completed when the row is written or failed, or when this caller is to write next.
        private final CompletableFuture<Void> signal = new CompletableFuture<>();
        // Set before signal completes, read after it did.
        private boolean done;
        private boolean writeNext;
        private int count;
        private Throwable failure;

        Request(R row) {
            this.row = row;
        }

        R row() {
            return row;
        }

        boolean done() {
            return done;
        }

        void succeed(int count) {
            this.count = count;
            this.done = true;
        }

        void fail(Throwable failure) {
            this.failure = failure;
            this.done = true;
        }

        int result() throws IOException {
            if (failure instanceof IOException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return count;
        }
    }

    private final ArrayDeque<Request<R>> pending = new ArrayDeque<>(); // guarded by itself
    private boolean writing; // guarded by pending

    /**
     * Queues {@code row} and returns once it is written: by this thread together with the rows queued
     * before it was done, or by another one.
     */
    int submit(R row, Object monitor, BatchWriter<R> writer) throws IOException {
        Request<R> mine = new Request<>(row);
        boolean writeNow;
        synchronized (pending) {
            pending.add(mine);
            writeNow = !writing;
            writing = true;
        }
        if (!writeNow) {
            mine.signal.join(); // never completed exceptionally
            if (!mine.writeNext) {
                return mine.result();
            }
        }
        List<Request<R>> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        try {
            synchronized (monitor) {
                writer.write(batch);
            }
        } catch (IOException | RuntimeException | Error e) {
            for (Request<R> request : batch) {
                if (!request.done()) {
                    request.fail(e);
                }
            }
        } finally {
            for (Request<R> request : batch) {
                if (!request.done()) {
                    request.fail(new IllegalStateException("the batch writer left a flag unanswered"));
                }
            }
            handOver();
            for (Request<R> request : batch) {
                if (request != mine) {
                    request.signal.complete(null);
                }
            }
        }
        return mine.result();
    }

    /** Lets the first caller that queued during this write write next, or marks that nobody writes. */
    private void handOver() {
        Request<R> next;
        synchronized (pending) {
            next = pending.peek();
            writing = next != null;
        }
        if (next != null) {
            next.writeNext = true;
            next.signal.complete(null);
        }
    }
}
