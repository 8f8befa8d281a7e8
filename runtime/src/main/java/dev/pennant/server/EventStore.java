package dev.pennant.server;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The predictions a flag may name, keyed by event id. A flag never carries values: it names an
 * event and the server flags its own copy, so a client cannot make the server record (or copy)
 * something it did not compute. Bounded in count and age so memory stays flat under load; the
 * oldest entries go first.
 */
final class EventStore {

    /** One prediction's typed values and, once flagged, the count it got (so a second flag is a no-op). */
    static final class Event {
        final List<Object> inputs;
        final List<Object> outputs;
        final long createdNanos;
        /** The logged-in user whose prediction this was; null when the app has no login. */
        final String owner;
        private Integer flaggedCount;

        Event(List<Object> inputs, List<Object> outputs, long createdNanos, String owner) {
            this.inputs = inputs;
            this.outputs = outputs;
            this.createdNanos = createdNanos;
            this.owner = owner;
        }

        /** With a login, only the user who made the prediction may flag it; without one there are no users to tell apart. */
        boolean visibleTo(String username) {
            return owner == null || owner.equals(username);
        }

        /** Inputs then outputs, the order of the CSV columns. */
        List<Object> flagData() {
            List<Object> all = new java.util.ArrayList<>(inputs);
            all.addAll(outputs);
            return java.util.Collections.unmodifiableList(all);
        }

        /** Runs {@code flag} at most once per event; later calls return the first call's count. */
        synchronized int flagOnce(FlagAction flag) throws Exception {
            if (flaggedCount == null) {
                flaggedCount = flag.run(flagData());
            }
            return flaggedCount;
        }
    }

    @FunctionalInterface
    interface FlagAction {
        int run(List<Object> flagData) throws Exception;
    }

    private final int maxEvents;
    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final Map<String, Event> events = new LinkedHashMap<>();

    EventStore(int maxEvents, Duration maxAge, LongSupplier nanoClock) {
        this.maxEvents = maxEvents;
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = nanoClock;
    }

    synchronized Event put(String eventId, List<Object> inputs, List<Object> outputs) {
        return put(eventId, inputs, outputs, null);
    }

    Event put(String eventId, List<Object> inputs, List<Object> outputs, String owner) {
        // Copied before taking the lock, so concurrent predictions only queue for the map itself.
        List<Object> keptInputs = frozen(inputs);
        List<Object> keptOutputs = frozen(outputs);
        synchronized (this) {
            evictExpired();
            Event event = new Event(keptInputs, keptOutputs, clock.getAsLong(), owner);
            events.put(eventId, event);
            while (events.size() > maxEvents) {
                Iterator<String> oldest = events.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            return event;
        }
    }

    /** The event, or null when it never existed, was evicted or has expired. */
    synchronized Event get(String eventId) {
        evictExpired();
        return events.get(eventId);
    }

    synchronized int size() {
        evictExpired();
        return events.size();
    }

    private void evictExpired() {
        long now = clock.getAsLong();
        Iterator<Event> it = events.values().iterator();
        // Insertion order is age order, so the scan stops at the first young entry.
        while (it.hasNext()) {
            if (now - it.next().createdNanos <= maxAgeNanos) {
                break;
            }
            it.remove();
        }
    }

    /** A private unmodifiable copy; List.copyOf would reject the nulls a boxed input or an output may hold. */
    private static List<Object> frozen(List<Object> values) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
