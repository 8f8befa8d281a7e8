package dev.pennant.benchmarks;

import java.util.concurrent.atomic.AtomicLong;

/** Samples a child's resident set size every few milliseconds while a load runs and keeps the peak. */
final class RssSampler implements AutoCloseable {
    private final ChildServer server;
    private final AtomicLong peakKib = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler(ChildServer server) {
        this.server = server;
        this.thread = new Thread(this::sample, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            try {
                peakKib.accumulateAndGet(server.residentKib(), Math::max);
                Thread.sleep(20);
            } catch (Exception e) {
                return;
            }
        }
    }

    long peakKib() {
        return peakKib.get();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        try {
            peakKib.accumulateAndGet(server.residentKib(), Math::max);
        } catch (Exception ignored) {
            // the child is gone; keep the samples taken
        }
    }
}
