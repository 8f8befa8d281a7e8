package dev.pennant.server.auth;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.http.ApiException;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.http.RequestRoot;
import dev.pennant.server.http.StaticAssets;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login wall, present only when the app was launched with users ({@code Pennant.builder().auth(…)}).
 *
 * <ul>
 *   <li>{@code GET /login}: the login page (a plain HTML form; {@code pennant-login.js} only improves it).
 *   <li>{@code POST /login}, form fields or JSON {@code {"username", "password"}}: on success a session
 *       cookie ({@code HttpOnly; SameSite=Strict; Path=/}) and 303 to the app (form) or
 *       {@code 200 {"username": …}} (JSON); a wrong pair is 303 to {@code login?failed} (form) or
 *       {@code 401 {"error"}} (JSON); after {@value LoginAttempts#MAX_FAILURES} failures in a minute from one
 *       address, {@code 429 {"error"}}.
 *   <li>{@code GET /logout}: ends the session, 303 to the login page.
 *   <li>Everything else needs the cookie: {@code GET /} redirects to the login page, any other route
 *       answers {@code 401 {"error"}}.
 * </ul>
 *
 * The username handed to flagging callbacks comes only from the session, never from a request body.
 */
public final class LoginRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(LoginRoutes.class);
    private static final String USERNAME_ATTRIBUTE = "pennant.username";
    static final String INCORRECT = "Incorrect username or password";
    static final String TOO_MANY = "Too many failed logins from your address; try again in a minute";
    static final String LOG_IN_FIRST = "Log in first: POST /login with {\"username\": \"…\", \"password\": \"…\"}";

    /** What the login page itself needs. */
    private static final Set<String> OPEN_PATHS = Set.of("/login", "/logout", "/favicon.ico",
            "/assets/pennant.css", "/assets/pennant-login.css", "/assets/pennant-core.js", "/assets/pennant-login.js");

    private final Credentials credentials;
    private final StaticAssets assets;
    private final LoginSessions sessions = new LoginSessions(System::nanoTime);
    private final LoginAttempts attempts = new LoginAttempts(System::nanoTime);

    public LoginRoutes(Credentials credentials, StaticAssets assets) {
        this.credentials = credentials;
        this.assets = assets;
    }

    /** Registers the wall; call after any before-handler that must run first (the Origin check). */
    public void register(JavalinConfig config) {
        config.routes.before(this::requireSession);
        config.routes.get("/login", ctx -> assets.send(ctx, "login.html"));
        config.routes.post("/login", this::login);
        config.routes.get("/logout", this::logout);
    }

    /** The logged-in user of this request, or null when the app has no login. */
    public static String username(Context ctx) {
        return ctx.attribute(USERNAME_ATTRIBUTE);
    }

    private void requireSession(Context ctx) {
        if (OPEN_PATHS.contains(ctx.path())) {
            return;
        }
        String user = sessions.username(ctx.cookie(LoginSessions.COOKIE));
        if (user != null) {
            ctx.attribute(USERNAME_ATTRIBUTE, user);
            return;
        }
        if ("GET".equals(ctx.method().name()) && ctx.path().equals("/")) {
            redirect(ctx, "login");
            return;
        }
        throw new ApiException(401, LOG_IN_FIRST);
    }

    private void login(Context ctx) {
        String contentType = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        boolean form = contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("multipart/form-data");
        String username;
        String password;
        if (form) {
            username = ctx.formParam("username");
            password = ctx.formParam("password");
        } else {
            JsonNode body = HttpJson.parse(ctx.bodyAsBytes());
            if (!body.isObject() || !body.path("username").isTextual() || !body.path("password").isTextual()) {
                throw new ApiException(400, "The request body must be a JSON object like {\"username\": \"…\", \"password\": \"…\"}");
            }
            username = body.get("username").textValue();
            password = body.get("password").textValue();
        }
        String address = ctx.ip();
        if (!attempts.allowed(address)) {
            ctx.header("Retry-After", String.valueOf(LoginAttempts.WINDOW.toSeconds()));
            throw new ApiException(429, TOO_MANY);
        }
        if (!credentials.check(username, password)) {
            attempts.failed(address);
            LOG.info("Failed login from {}", address);   // never the password; the username may be a mistyped password
            if (form) {
                redirect(ctx, "login?failed");
                return;
            }
            throw new ApiException(401, INCORRECT);
        }
        sessions.remove(ctx.cookie(LoginSessions.COOKIE));   // a fresh token at every login: no session fixation
        String token = sessions.create(username);
        ctx.header("Set-Cookie", LoginSessions.COOKIE + "=" + token + "; HttpOnly; SameSite=Strict; Path=/" + secure(ctx));
        if (form) {
            redirect(ctx, "./");
        } else {
            HttpJson.send(ctx, 200, HttpJson.object().put("username", username));
        }
    }

    private void logout(Context ctx) {
        sessions.remove(ctx.cookie(LoginSessions.COOKIE));
        ctx.header("Set-Cookie", LoginSessions.COOKIE + "=; Max-Age=0; HttpOnly; SameSite=Strict; Path=/" + secure(ctx));
        redirect(ctx, "login");
    }

    private static String secure(Context ctx) {
        return RequestRoot.of(ctx).startsWith("https:") ? "; Secure" : "";
    }

    /** 303 with a relative location, so the app also works behind a proxy that mounts it under a path. */
    private static void redirect(Context ctx, String location) {
        ctx.status(303);
        ctx.header("Location", location);
        ctx.skipRemainingHandlers();
    }
}
