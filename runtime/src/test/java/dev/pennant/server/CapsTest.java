package dev.pennant.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.server.http.HttpDefaults;
import org.junit.jupiter.api.Test;

/**
 * Every store that grows with clients has a bound, and filling it past the bound keeps it there:
 * memory stays flat however many clients come. Each test uses the production number (RELIABILITY.md
 * lists them). The bounds live with their rooms, and so do their tests: {@code EventCapsTest}
 * (predictions kept for flagging), {@code LoginCapsTest} (login sessions, failed logins),
 * {@code QueueCapsTest} (queue sessions, their buffers, open streams); the upload store's bounds are
 * in {@code FileStoreTest}, the queue's in {@code QueueLimitTest}.
 */
class CapsTest {
    @Test
    void theBoundsSetAtLaunchHaveTheDocumentedValues() {
        assertEquals(1_000_000, HttpDefaults.MAX_BODY_BYTES);
        assertEquals(64, LaunchOptions.DEFAULT_MAX_QUEUE_SIZE);
    }
}
