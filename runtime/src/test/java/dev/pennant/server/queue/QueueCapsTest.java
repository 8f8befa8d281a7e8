package dev.pennant.server.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.server.http.ApiException;
import dev.pennant.server.http.HttpJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The queue's sessions, their buffers and the open streams are bounded (RELIABILITY.md, "Bounds"). */
class QueueCapsTest {
    @Test
    void queueSessionsAreCappedAtTenThousandEvictingIdleOnesAndRefusingWhenNoneIsIdle() {
        assertEquals(10_000, QueueSessions.MAX_SESSIONS);
        QueueSessions queues = new QueueSessions();
        for (int i = 0; i < QueueSessions.MAX_SESSIONS; i++) {
            queues.open("s" + i);
        }
        queues.open("one more");
        assertNull(queues.find("s0"), "the least recently used idle session made room");
        for (int i = 1; i < QueueSessions.MAX_SESSIONS; i++) {
            queues.find("s" + i).join("event");
        }
        queues.find("one more").join("event");
        ApiException full = assertThrows(ApiException.class, () -> queues.open("too many"));
        assertEquals(503, full.status());
    }

    @Test
    void aSessionBuffersAtMostAThousandMessagesDroppingStatusUpdatesFirst() throws Exception {
        assertEquals(1_000, QueueSession.MAX_MESSAGES);
        QueueSession session = new QueueSession();
        session.join("e1");
        for (int i = 0; i < QueueSession.MAX_MESSAGES + 500; i++) {
            session.status(HttpJson.object().put("msg", "progress").put("n", i));
        }
        session.finish("e1", HttpJson.object().put("msg", "process_completed"));
        List<ObjectNode> messages = session.take(0);
        assertEquals(QueueSession.MAX_MESSAGES, messages.size());
        assertEquals("process_completed", messages.get(messages.size() - 1).get("msg").asText(), "the result is kept");
    }

    @Test
    void atMostOneHundredTwentyEightEventStreamsAreOpenAtOnce() {
        assertEquals(128, StreamSlots.MAX_OPEN_STREAMS);
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
}
