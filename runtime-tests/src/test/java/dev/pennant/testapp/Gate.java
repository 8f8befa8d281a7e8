package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A method that waits until the test lets it through, so tests can hold predictions in the queue
 * without depending on timing. Records how many calls run at once.
 */
public class Gate {
    private static final Semaphore permits = new Semaphore(0);
    private static final AtomicInteger running = new AtomicInteger();
    private static final AtomicInteger mostAtOnce = new AtomicInteger();

    @Interface(apiName = "pass", flaggingMode = FlaggingMode.NEVER, concurrencyLimit = 2)
    public static String pass(String name) throws InterruptedException {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            if (!permits.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never opened the gate");
            }
            return "passed " + name;
        } finally {
            running.decrementAndGet();
        }
    }

    /** Lets {@code calls} waiting or future calls through. */
    public static void open(int calls) {
        permits.release(calls);
    }

    public static int running() {
        return running.get();
    }

    public static int mostAtOnce() {
        return mostAtOnce.get();
    }

    public static void reset() {
        permits.drainPermits();
        mostAtOnce.set(0);
    }
}
