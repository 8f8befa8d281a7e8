package dev.pennant.server.predict;

import dev.pennant.server.util.BoundedMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The predictions a flag may name, keyed by event id. A flag never carries values: it names an
 * event and the server flags its own copy, so a client cannot make the server record (or copy)
 * something it did not compute. Bounded in count and age so memory stays flat under load; the
 * oldest entries go first.
 */
public final class EventStore {

    /** One prediction's typed values and, once flagged, the count it got (so a second flag is a no-op). */
    public static final class Event {
        private final List<Object> inputs;
        private final List<Object> outputs;
        private final long createdNanos;
        /** The logged-in user whose prediction this was; null when the app has no login. */
        private final String owner;
        private Integer flaggedCount;

        private Event(List<Object> inputs, List<Object> outputs, long createdNanos, String owner) {
            this.inputs = inputs;
            this.outputs = outputs;
            this.createdNanos = createdNanos;
            this.owner = owner;
        }

        /** With a login, only the user who made the prediction may flag it; without one there are no users to tell apart. */
        public boolean visibleTo(String username) {
            return owner == null || owner.equals(username);
        }

        /** Inputs then outputs, the order of the CSV columns. */
        public List<Object> flagData() {
            List<Object> all = new ArrayList<>(inputs);
            all.addAll(outputs);
            return Collections.unmodifiableList(all);
        }

        /** Runs {@code flag} at most once per event; later calls return the first call's count. */
        public synchronized int flagOnce(FlagAction flag) throws Exception {
            if (flaggedCount == null) {
                flaggedCount = flag.run(flagData());
            }
            return flaggedCount;
        }
    }

    /** What flagging an event does with its values: hand them to the callback and return its count. */
    @FunctionalInterface
    public interface FlagAction {
        int run(List<Object> flagData) throws Exception;
    }

    /** How many predictions per interface can still be flagged, and for how long. */
    static final int MAX_EVENTS = 10_000;
    static final Duration MAX_AGE = Duration.ofHours(1);

    private final long maxAgeNanos;
    private final LongSupplier clock;
    private final BoundedMap<String, Event> events;

    /** An interface's store, with the documented bounds. */
    public static EventStore withDefaultBounds() {
        return new EventStore(MAX_EVENTS, MAX_AGE, System::nanoTime);
    }

    EventStore(int maxEvents, Duration maxAge, LongSupplier nanoClock) {
        this.events = BoundedMap.insertionOrder(maxEvents);
        this.maxAgeNanos = maxAge.toNanos();
        this.clock = nanoClock;
    }

    /** @param owner the logged-in user who asked for the prediction, or null without a login */
    public Event put(String eventId, List<Object> inputs, List<Object> outputs, String owner) {
        // Copied before taking the lock, so concurrent predictions only queue for the map itself.
        List<Object> keptInputs = frozen(inputs);
        List<Object> keptOutputs = frozen(outputs);
        synchronized (this) {
            evictExpired();
            Event event = new Event(keptInputs, keptOutputs, clock.getAsLong(), owner);
            events.put(eventId, event);
            return event;
        }
    }

    /** The event, or null when it never existed, was evicted or has expired. */
    public synchronized Event get(String eventId) {
        evictExpired();
        return events.get(eventId);
    }

    synchronized int size() {
        evictExpired();
        return events.size();
    }

    /** Insertion order is age order, so the scan stops at the first young entry. */
    private void evictExpired() {
        long now = clock.getAsLong();
        events.removeEldestWhile(event -> now - event.createdNanos > maxAgeNanos);
    }

    /** A private unmodifiable copy; List.copyOf would reject the nulls a boxed input or an output may hold. */
    private static List<Object> frozen(List<Object> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
