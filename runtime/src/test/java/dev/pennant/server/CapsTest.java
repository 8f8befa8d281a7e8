package dev.pennant.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Every store that grows with clients has a bound, and filling it past the bound keeps it there:
 * memory stays flat however many clients come. Each test uses the production number (RELIABILITY.md
 * lists them); the upload store's bounds are in {@code FileStoreTest}, the queue's in {@code QueueLimitTest}.
 */
class CapsTest {
    private final AtomicLong clock = new AtomicLong();

    @Test
    void theEventStoreKeepsTheNewestTenThousandEventsPerInterface() {
        EventStore events = new EventStore(ServerLauncher.MAX_EVENTS, ServerLauncher.EVENT_TTL, clock::get);
        for (int i = 0; i <= ServerLauncher.MAX_EVENTS; i++) {
            events.put("e" + i, List.of(i), List.of(i));
        }
        assertEquals(ServerLauncher.MAX_EVENTS, events.size());
        assertNull(events.get("e0"), "the oldest went first");
        assertNotNull(events.get("e" + ServerLauncher.MAX_EVENTS));
        clock.addAndGet(ServerLauncher.EVENT_TTL.toNanos() + 1);
        assertEquals(0, events.size(), "and all go after an hour");
    }

    @Test
    void loginSessionsAreCappedAtTenThousandOldestFirstAndExpireAfterTwelveHours() {
        Sessions sessions = new Sessions(clock::get);
        String first = sessions.create("u0");
        String last = null;
        for (int i = 1; i <= Sessions.MAX_SESSIONS; i++) {
            last = sessions.create("u" + i);
        }
        assertNull(sessions.username(first), "the oldest session made room");
        assertEquals("u" + Sessions.MAX_SESSIONS, sessions.username(last));
        clock.addAndGet(Sessions.MAX_AGE.toNanos() + 1);
        assertNull(sessions.username(last), "sessions end after " + Sessions.MAX_AGE);
    }

    @Test
    void failedLoginsAreRememberedForTenThousandAddressesAtMost() {
        LoginAttempts attempts = new LoginAttempts(clock::get);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("203.0.113.1");
        }
        assertFalse(attempts.allowed("203.0.113.1"), "blocked after " + LoginAttempts.MAX_FAILURES + " failures");
        clock.addAndGet(LoginAttempts.WINDOW.toNanos() + 1);
        assertTrue(attempts.allowed("203.0.113.1"), "and free again after " + LoginAttempts.WINDOW);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("203.0.113.1");
        }
        for (int i = 0; i < LoginAttempts.MAX_ADDRESSES; i++) {
            attempts.failed("10.0." + (i / 256) + "." + (i % 256));
        }
        assertTrue(attempts.allowed("203.0.113.1"), "the oldest address was forgotten to keep the bound");
    }

    @Test
    void queueSessionsAreCappedAtTenThousandEvictingIdleOnesAndRefusingWhenNoneIsIdle() {
        SessionQueues queues = new SessionQueues();
        for (int i = 0; i < SessionQueues.MAX_SESSIONS; i++) {
            queues.open("s" + i);
        }
        queues.open("one more");
        assertNull(queues.find("s0"), "the least recently used idle session made room");
        for (int i = 1; i < SessionQueues.MAX_SESSIONS; i++) {
            queues.find("s" + i).join("event");
        }
        queues.find("one more").join("event");
        ApiException full = assertThrows(ApiException.class, () -> queues.open("too many"));
        assertEquals(503, full.status());
    }

    @Test
    void aSessionBuffersAtMostAThousandMessagesDroppingStatusUpdatesFirst() throws Exception {
        Session session = new Session();
        session.join("e1");
        for (int i = 0; i < Session.MAX_MESSAGES + 500; i++) {
            session.status(Json.object().put("msg", "progress").put("n", i));
        }
        session.finish("e1", Json.object().put("msg", "process_completed"));
        List<ObjectNode> messages = session.take(0);
        assertEquals(Session.MAX_MESSAGES, messages.size());
        assertEquals("process_completed", messages.get(messages.size() - 1).get("msg").asText(), "the result is kept");
    }

    @Test
    void atMostOneHundredTwentyEightEventStreamsAreOpenAtOnce() {
        StreamSlots slots = new StreamSlots();
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < StreamSlots.MAX_OPEN_STREAMS; i++) {
            slots.acquire();
            taken.add(i);
        }
        ApiException full = assertThrows(ApiException.class, slots::acquire);
        assertEquals(503, full.status());
        slots.release();
        slots.acquire();
        assertEquals(StreamSlots.MAX_OPEN_STREAMS, taken.size());
    }

    @Test
    void theBoundsHaveTheDocumentedValues() {
        assertEquals(10_000, ServerLauncher.MAX_EVENTS);
        assertEquals(Duration.ofHours(1), ServerLauncher.EVENT_TTL);
        assertEquals(10_000, Sessions.MAX_SESSIONS);
        assertEquals(10_000, SessionQueues.MAX_SESSIONS);
        assertEquals(1_000, Session.MAX_MESSAGES);
        assertEquals(128, StreamSlots.MAX_OPEN_STREAMS);
        assertEquals(10_000, LoginAttempts.MAX_ADDRESSES);
        assertEquals(1_000_000, Routes.MAX_BODY_BYTES);
        assertEquals(64, LaunchOptions.DEFAULT_MAX_QUEUE_SIZE);
    }
}
