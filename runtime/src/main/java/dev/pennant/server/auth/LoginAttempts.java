package dev.pennant.server.auth;

import dev.pennant.server.util.BoundedMap;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * Slows password guessing: after {@value #MAX_FAILURES} failed logins from one client address within
 * a minute, further attempts from it are refused (429) until the oldest failure is a minute old.
 * Bounded: at most {@value #MAX_ADDRESSES} addresses are remembered.
 */
final class LoginAttempts {
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final int MAX_ADDRESSES = 10_000;

    /** In order of last failure, so the address that failed longest ago is forgotten first. */
    private final BoundedMap<String, Deque<Long>> failures = BoundedMap.insertionOrder(MAX_ADDRESSES);
    private final LongSupplier clock;

    LoginAttempts(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** Whether this address may try now. */
    synchronized boolean allowed(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return true;
        }
        forgetOld(times, clock.getAsLong());
        return times.size() < MAX_FAILURES;
    }

    synchronized void failed(String address) {
        long now = clock.getAsLong();
        Deque<Long> times = failures.remove(address);   // re-inserted last: the map stays in order of last failure
        if (times == null) {
            times = new ArrayDeque<>();
        }
        forgetOld(times, now);
        times.addLast(now);
        failures.put(address, times);
    }

    private static void forgetOld(Deque<Long> times, long now) {
        while (!times.isEmpty() && now - times.peekFirst() > WINDOW.toNanos()) {
            times.removeFirst();
        }
    }
}
