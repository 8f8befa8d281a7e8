package dev.pennant.server.queue;

import dev.pennant.server.http.ApiException;
import dev.pennant.server.util.BoundedMap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;

/**
 * The sessions that joined the queue, by {@code session_hash}. Bounded and expiring so that
 * clients that join and never read cannot grow memory: a session nobody used for
 * {@link #IDLE_EXPIRY} is forgotten (pending or not), and when {@link #MAX_SESSIONS} are open the
 * least recently used idle one makes room; if none is idle, joining answers 503.
 */
final class QueueSessions {
    static final int MAX_SESSIONS = 10_000;
    static final Duration IDLE_EXPIRY = Duration.ofMinutes(30);

    /** Least recently used first; {@link #open} makes room before the bound is reached. */
    private final BoundedMap<String, QueueSession> sessions = BoundedMap.accessOrder(MAX_SESSIONS);

    /** The session for this hash, created on first join. */
    synchronized QueueSession open(String sessionHash) {
        evictExpired();
        QueueSession session = sessions.get(sessionHash);
        if (session != null) {
            return session;
        }
        if (sessions.size() >= MAX_SESSIONS && !evictOneIdle()) {
            throw new ApiException(503, "Too many open sessions; try again later");
        }
        session = new QueueSession();
        sessions.put(sessionHash, session);
        return session;
    }

    /** The session, or null when it never joined or has expired. */
    synchronized QueueSession find(String sessionHash) {
        evictExpired();
        return sessions.get(sessionHash);
    }

    /** Forgets a session whose only reader is done with it ({@code /call} results are read once). */
    synchronized void remove(String sessionHash) {
        sessions.remove(sessionHash);
    }

    /** Ends every open stream; used when the server stops. */
    synchronized void closeAll() {
        new ArrayList<>(sessions.values()).forEach(QueueSession::close);
        sessions.clear();
    }

    private void evictExpired() {
        long now = System.nanoTime();
        long maxIdle = IDLE_EXPIRY.toNanos();
        sessions.removeEldestWhile(session -> now - session.lastUsedNanos() > maxIdle, QueueSession::close);
    }

    private boolean evictOneIdle() {
        for (Iterator<QueueSession> it = sessions.values().iterator(); it.hasNext(); ) {
            QueueSession session = it.next();
            if (session.idle()) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
