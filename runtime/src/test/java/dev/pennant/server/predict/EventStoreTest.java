package dev.pennant.server.predict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EventStoreTest {
    @Test
    void evictsTheOldestBeyondTheBoundAndExpiredEntries() {
        AtomicLong now = new AtomicLong();
        EventStore store = new EventStore(3, Duration.ofSeconds(10), now::get);
        for (int i = 0; i < 5; i++) {
            now.addAndGet(1_000_000_000L);
            store.put("e" + i, List.of(i), Arrays.asList((Object) null), null);
        }
        assertNull(store.get("e0"));
        assertNull(store.get("e1"));
        assertNotNull(store.get("e2"));
        assertEquals(3, store.size());
        now.addAndGet(Duration.ofSeconds(9).toNanos());   // e2 is 12 s old, e4 10 s
        assertNull(store.get("e2"));
        assertNotNull(store.get("e4"));
    }

    @Test
    void flagsAnEventOnce() throws Exception {
        EventStore store = new EventStore(10, Duration.ofHours(1), System::nanoTime);
        EventStore.Event event = store.put("e", List.of(1), List.of(2), null);
        AtomicInteger calls = new AtomicInteger();
        assertEquals(List.of(1, 2), event.flagData());
        assertEquals(7, event.flagOnce(data -> { calls.incrementAndGet(); return 7; }));
        assertEquals(7, event.flagOnce(data -> { calls.incrementAndGet(); return 8; }));
        assertEquals(1, calls.get());
    }
}
