package dev.pennant.server.auth;

import dev.pennant.server.util.BoundedMap;
import dev.pennant.server.util.Digests;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.LongSupplier;

/**
 * Logged-in sessions: a random 32-byte token (the cookie) mapped to a username. Only a SHA-256 of
 * each token is kept, so a heap dump or a log line never reveals a usable cookie. Bounded in number
 * (the oldest session goes first) and in age.
 */
final class LoginSessions {
    static final String COOKIE = "pennant_session";
    static final int MAX_SESSIONS = 10_000;
    static final Duration MAX_AGE = Duration.ofHours(12);

    private record Login(String username, long createdNanos) {}

    private final SecureRandom random = new SecureRandom();
    /** Oldest first, so the oldest session goes when there are too many. */
    private final BoundedMap<String, Login> byTokenHash = BoundedMap.insertionOrder(MAX_SESSIONS);
    private final LongSupplier clock;

    LoginSessions(LongSupplier nanoClock) {
        this.clock = nanoClock;
    }

    /** Starts a session and returns its token, the cookie's value. */
    synchronized String create(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        evictExpired();
        byTokenHash.put(hash(token), new Login(username, clock.getAsLong()));
        return token;
    }

    /** The user of a live session, or null. */
    synchronized String username(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return null;
        }
        evictExpired();
        Login login = byTokenHash.get(hash(token));
        return login == null ? null : login.username();
    }

    synchronized void remove(String token) {
        if (token != null && token.length() <= 100) {
            byTokenHash.remove(hash(token));
        }
    }

    private void evictExpired() {
        long now = clock.getAsLong();
        byTokenHash.removeEldestWhile(login -> now - login.createdNanos() > MAX_AGE.toNanos());
    }

    private static String hash(String token) {
        return HexFormat.of().formatHex(Digests.sha256(token));
    }
}
