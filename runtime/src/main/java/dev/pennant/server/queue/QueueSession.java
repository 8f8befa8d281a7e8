package dev.pennant.server.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One client session's queue messages, buffered from join time because the client opens the stream
 * only after join answers (and the prediction may finish first). Also the set of its events still
 * pending: the stream ends with {@code close_stream} once there are none.
 */
final class QueueSession {
    /** Enough for any sane client; past it the oldest status messages go first, results stay. */
    static final int MAX_MESSAGES = 1_000;

    private record Entry(ObjectNode message, boolean droppable) {}

    private final ArrayDeque<Entry> messages = new ArrayDeque<>();
    private final Set<String> pending = new LinkedHashSet<>();
    private long lastUsedNanos = System.nanoTime();
    private boolean closed;

    synchronized void join(String eventId) {
        pending.add(eventId);
        lastUsedNanos = System.nanoTime();
        notifyAll();
    }

    /** Forgets an event that was refused before it was queued (the queue was full). */
    synchronized void abandon(String eventId) {
        pending.remove(eventId);
        notifyAll();
    }

    /** A status message (estimation, start, progress): dropped first when the buffer is full. */
    synchronized void status(ObjectNode message) {
        add(new Entry(message, true));
    }

    /** The last message of an event: buffered, and the event is no longer pending. */
    synchronized void finish(String eventId, ObjectNode message) {
        add(new Entry(message, false));
        pending.remove(eventId);
        notifyAll();
    }

    /**
     * Waits until there are messages to send, no event is pending, the session closes or the time
     * runs out; returns the buffered messages (empty when there were none).
     */
    synchronized List<ObjectNode> take(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        long left;
        while (messages.isEmpty() && !pending.isEmpty() && !closed
                && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000L));
        }
        lastUsedNanos = System.nanoTime();
        List<ObjectNode> batch = new ArrayList<>(messages.size());
        for (Entry entry : messages) {
            batch.add(entry.message());
        }
        messages.clear();
        return batch;
    }

    /**
     * Waits up to {@code millis} for a new join or message while nothing is pending; true when one
     * came. A client that sends two predictions at once may have its second join answered just
     * after the first result: closing the stream then would leave that client waiting on a stream
     * it believes open, so the stream lingers briefly before {@code close_stream}.
     */
    synchronized boolean lingerForMore(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        long left;
        while (pending.isEmpty() && messages.isEmpty() && !closed && (left = deadline - System.nanoTime()) > 0) {
            wait(Math.max(1, left / 1_000_000L));
        }
        return !closed && !(pending.isEmpty() && messages.isEmpty());
    }

    /** Nothing pending and nothing left to send (or the server is stopping): time for close_stream. */
    synchronized boolean done() {
        return closed || (pending.isEmpty() && messages.isEmpty());
    }

    synchronized boolean idle() {
        return pending.isEmpty() && messages.isEmpty();
    }

    synchronized long lastUsedNanos() {
        return lastUsedNanos;
    }

    /** Wakes waiting streams so they end; used when the server stops. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    private void add(Entry entry) {
        if (messages.size() >= MAX_MESSAGES && !dropOldestStatus()) {
            messages.poll();
        }
        messages.add(entry);
        lastUsedNanos = System.nanoTime();
        notifyAll();
    }

    private boolean dropOldestStatus() {
        for (Iterator<Entry> it = messages.iterator(); it.hasNext(); ) {
            if (it.next().droppable()) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
