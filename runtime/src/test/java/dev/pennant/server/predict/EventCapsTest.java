package dev.pennant.server.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The predictions kept for flagging are bounded per interface (RELIABILITY.md, "Bounds"). */
class EventCapsTest {
    private final AtomicLong clock = new AtomicLong();

    @Test
    void theEventStoreKeepsTheNewestTenThousandEventsPerInterface() {
        assertEquals(10_000, EventStore.MAX_EVENTS);
        assertEquals(Duration.ofHours(1), EventStore.MAX_AGE);
        EventStore events = new EventStore(EventStore.MAX_EVENTS, EventStore.MAX_AGE, clock::get);
        for (int i = 0; i <= EventStore.MAX_EVENTS; i++) {
            events.put("e" + i, List.of(i), List.of(i), null);
        }
        assertEquals(EventStore.MAX_EVENTS, events.size());
        assertNull(events.get("e0"), "the oldest went first");
        assertNotNull(events.get("e" + EventStore.MAX_EVENTS));
        clock.addAndGet(EventStore.MAX_AGE.toNanos() + 1);
        assertEquals(0, events.size(), "and all go after an hour");
    }
}
