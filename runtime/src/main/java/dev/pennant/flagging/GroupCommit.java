package dev.pennant.flagging;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Lets threads that flag at the same time share one append and one {@code force}. Each caller queues
 * its row and takes the directory's monitor; whoever gets it first writes every row queued so far in
 * one batch, and the callers whose rows were in that batch find them written when they get the monitor
 * and return without touching the disk. While one batch is being forced, the next one gathers.
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
        // Written and read under the directory's monitor.
        private boolean done;
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

    private final ConcurrentLinkedQueue<Request<R>> pending = new ConcurrentLinkedQueue<>();

    /**
     * Queues {@code row} and returns once it is written: by this thread together with the rows queued
     * meanwhile, or by another that held {@code monitor} first.
     */
    int submit(R row, Object monitor, BatchWriter<R> writer) throws IOException {
        Request<R> mine = new Request<>(row);
        pending.add(mine);
        synchronized (monitor) {
            if (!mine.done()) {
                List<Request<R>> batch = new ArrayList<>();
                for (Request<R> next; (next = pending.poll()) != null; ) {
                    batch.add(next);
                }
                try {
                    writer.write(batch);
                } catch (IOException | RuntimeException | Error e) {
                    for (Request<R> request : batch) {
                        if (!request.done()) {
                            request.fail(e);
                        }
                    }
                }
            }
            return mine.result();
        }
    }
}
