package dev.pennant.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions that joined the queue, by {@code session_hash}. Bounded and expiring so that
 * clients that join and never read cannot grow memory: a session nobody used for
 * {@link #IDLE_EXPIRY} is forgotten (pending or not), and when {@link #MAX_SESSIONS} are open the
 * least recently used idle one makes room; if none is idle, joining answers 503.
 */
final class SessionQueues {
    static final int MAX_SESSIONS = 10_000;
    static final Duration IDLE_EXPIRY = Duration.ofMinutes(30);

    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, true);

    /** The session for this hash, created on first join. */
    synchronized Session open(String sessionHash) {
        evictExpired();
        Session session = sessions.get(sessionHash);
        if (session != null) {
            return session;
        }
        if (sessions.size() >= MAX_SESSIONS && !evictOneIdle()) {
            throw new ApiException(503, "Too many open sessions; try again later");
        }
        session = new Session();
        sessions.put(sessionHash, session);
        return session;
    }

    /** The session, or null when it never joined or has expired. */
    synchronized Session find(String sessionHash) {
        evictExpired();
        return sessions.get(sessionHash);
    }

    /** Forgets a session whose only reader is done with it ({@code /call} results are read once). */
    synchronized void remove(String sessionHash) {
        sessions.remove(sessionHash);
    }

    /** Ends every open stream; used when the server stops. */
    synchronized void closeAll() {
        new ArrayList<>(sessions.values()).forEach(Session::close);
        sessions.clear();
    }

    private void evictExpired() {
        long now = System.nanoTime();
        long maxIdle = IDLE_EXPIRY.toNanos();
        // Access order: the least recently used come first, so the scan stops at the first fresh one.
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            Session session = it.next();
            if (now - session.lastUsedNanos() <= maxIdle) {
                break;
            }
            session.close();
            it.remove();
        }
    }

    private boolean evictOneIdle() {
        for (Iterator<Session> it = sessions.values().iterator(); it.hasNext(); ) {
            Session session = it.next();
            if (session.idle()) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
