package dev.pennant.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Logged-in sessions: a random 32-byte token (the cookie) mapped to a username. Only a SHA-256 of
 * each token is kept, so a heap dump or a log line never reveals a usable cookie. Bounded in number
 * (the oldest session goes first) and in age.
 */
final class Sessions {
    static final String COOKIE = "pennant_session";
    static final int MAX_SESSIONS = 10_000;
    static final Duration MAX_AGE = Duration.ofHours(12);

    private record Session(String username, long createdNanos) {}

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byTokenHash = new LinkedHashMap<>();
    private final LongSupplier clock;

    Sessions(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** Starts a session and returns its token, the cookie's value. */
    synchronized String create(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        evictExpired();
        byTokenHash.put(hash(token), new Session(username, clock.getAsLong()));
        while (byTokenHash.size() > MAX_SESSIONS) {
            Iterator<String> oldest = byTokenHash.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return token;
    }

    /** The user of a live session, or null. */
    synchronized String username(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return null;
        }
        evictExpired();
        Session session = byTokenHash.get(hash(token));
        return session == null ? null : session.username();
    }

    synchronized void remove(String token) {
        if (token != null && token.length() <= 100) {
            byTokenHash.remove(hash(token));
        }
    }

    private void evictExpired() {
        long now = clock.getAsLong();
        Iterator<Session> it = byTokenHash.values().iterator();
        // Insertion order is age order.
        while (it.hasNext() && now - it.next().createdNanos() > MAX_AGE.toNanos()) {
            it.remove();
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
