package dev.pennant.server.queue;

import dev.pennant.Progress;

/**
 * The {@link Progress} a running method receives: forwards updates to the prediction's listener,
 * at most one every {@link #MIN_INTERVAL_NANOS} (a loop that reports every item must not flood the
 * stream), always letting the first and the final ({@code 1.0}) update through.
 */
final class StreamingProgress implements Progress {
    static final long MIN_INTERVAL_NANOS = 100_000_000L;

    private final PredictionListener listener;
    private long lastSentNanos;
    private boolean sentAny;

    StreamingProgress(PredictionListener listener) {
        this.listener = listener;
    }

    @Override
    public void update(double fraction, String description) {
        if (Double.isNaN(fraction)) {
            return;
        }
        double clamped = Math.max(0, Math.min(1, fraction));
        long now = System.nanoTime();
        synchronized (this) {
            if (sentAny && clamped < 1 && now - lastSentNanos < MIN_INTERVAL_NANOS) {
                return;
            }
            sentAny = true;
            lastSentNanos = now;
        }
        listener.progress(clamped, description);
    }
}
