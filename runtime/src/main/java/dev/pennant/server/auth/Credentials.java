package dev.pennant.server.auth;

import static dev.pennant.server.util.Digests.sha256;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may log in: username/password pairs and check functions, as given to
 * {@code Pennant.builder().auth(…)}. Pairs are kept only as SHA-256 digests and compared with
 * {@link MessageDigest#isEqual}, against every pair, so the time a check takes reveals neither
 * how much of a password matched nor which usernames exist (Gradio's GHSA-hmx6-r76c-85g9).
 */
public final class Credentials {
    private static final Logger LOG = LoggerFactory.getLogger(Credentials.class);

    private record Pair(byte[] username, byte[] password) {}

    private final List<Pair> pairs = new ArrayList<>();
    private final List<BiPredicate<String, String>> checks = new ArrayList<>();

    public synchronized void add(String username, String password) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isBlank()) {
            throw new IllegalArgumentException("a username must not be blank");
        }
        pairs.add(new Pair(sha256(username), sha256(password)));
    }

    public synchronized void add(BiPredicate<String, String> check) {
        checks.add(Objects.requireNonNull(check, "check"));
    }

    /** Whether any user is configured, i.e. whether the app needs a login. */
    public synchronized boolean isEmpty() {
        return pairs.isEmpty() && checks.isEmpty();
    }

    /** Whether this username and password may log in. A check function that throws counts as a refusal. */
    public boolean check(String username, String password) {
        if (username == null || password == null || username.isEmpty()) {
            return false;
        }
        List<Pair> pairs;
        List<BiPredicate<String, String>> checks;
        synchronized (this) {
            pairs = List.copyOf(this.pairs);
            checks = List.copyOf(this.checks);
        }
        byte[] user = sha256(username);
        byte[] pass = sha256(password);
        boolean ok = false;
        for (Pair pair : pairs) {
            // Non-short-circuit operators: every pair costs the same whatever matches.
            ok |= MessageDigest.isEqual(user, pair.username()) & MessageDigest.isEqual(pass, pair.password());
        }
        for (BiPredicate<String, String> check : checks) {
            if (ok) {
                break;
            }
            try {
                ok = check.test(username, password);
            } catch (RuntimeException e) {
                // The message is the check's own; the password is never logged.
                LOG.error("The login check {} failed for user {}", check.getClass().getName(), username, e);
            }
        }
        return ok;
    }
}
