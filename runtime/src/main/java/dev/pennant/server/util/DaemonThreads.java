package dev.pennant.server.util;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads for the server's executors: named for their job, and daemons, so they never keep the JVM alive. */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** A factory whose threads are called {@code <prefix>-1}, {@code <prefix>-2}, … */
    public static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
