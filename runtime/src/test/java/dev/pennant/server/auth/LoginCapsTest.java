package dev.pennant.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the login wall remembers is bounded (RELIABILITY.md, "Bounds"). */
class LoginCapsTest {
    private final AtomicLong clock = new AtomicLong();

    @Test
    void loginSessionsAreCappedAtTenThousandOldestFirstAndExpireAfterTwelveHours() {
        assertEquals(10_000, LoginSessions.MAX_SESSIONS);
        LoginSessions sessions = new LoginSessions(clock::get);
        String first = sessions.create("u0");
        String last = null;
        for (int i = 1; i <= LoginSessions.MAX_SESSIONS; i++) {
            last = sessions.create("u" + i);
        }
        assertNull(sessions.username(first), "the oldest session made room");
        assertEquals("u" + LoginSessions.MAX_SESSIONS, sessions.username(last));
        clock.addAndGet(LoginSessions.MAX_AGE.toNanos() + 1);
        assertNull(sessions.username(last), "sessions end after " + LoginSessions.MAX_AGE);
    }

    @Test
    void failedLoginsAreRememberedForTenThousandAddressesAtMost() {
        assertEquals(10_000, LoginAttempts.MAX_ADDRESSES);
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
}
