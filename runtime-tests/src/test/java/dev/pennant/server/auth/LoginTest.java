package dev.pennant.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Calculator;
import dev.pennant.testapp.Reviewed.RecordingCallback;
import dev.pennant.testapp.Reviewed;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Users: a login page, a session cookie, every route behind it, and the user recorded with each flag. */
class LoginTest {
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @RegisterExtension
    final ServedApp app = ServedApp.serving(new Object[] {Calculator.class, Reviewed.class}, (builder, temp) -> builder
            .auth("alice", "wonderland").auth("bob", "builder")
            .auth((user, password) -> user.equals("carol") && password.equals("from-the-directory")));

    @BeforeEach
    void start() {
        RecordingCallback.reset();
    }

    @AfterEach
    void stop() {
        RecordingCallback.reset();
    }

    private String login(String user, String password) {
        Http.Response response = app.http.post("login", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}", JSON);
        assertEquals(200, response.status(), response.body());
        String setCookie = response.raw().headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    private Map<String, String> as(String cookie) {
        return Map.of("Cookie", cookie, "Content-Type", "application/json");
    }

    @Test
    void withoutASessionThePageRedirectsToTheLoginPageAndTheApiAnswers401() {
        Http.Response page = app.http.get("");
        assertEquals(303, page.status());
        assertEquals("login", page.raw().headers().firstValue("Location").orElseThrow());
        for (String path : new String[] {"config", "gradio_api/info", "assets/pennant.js"}) {
            Http.Response response = app.http.get(path);
            assertEquals(401, response.status(), path);
            assertEquals(LoginRoutes.LOG_IN_FIRST, response.error());
        }
        assertEquals(401, app.http.run("predict", "[5, \"add\", 7]").status());
        assertEquals(401, app.http.flag("predict", "anything", null).status());

        Http.Response login = app.http.get("login");
        assertEquals(200, login.status());
        assertTrue(login.body().contains("<form id=\"pn-login\"") && !login.body().contains("<script>"), "a form, no inline script");
        assertEquals(200, app.http.get("assets/pennant-login.js").status());
        assertEquals(200, app.http.get("assets/pennant.css").status());
    }

    @Test
    void aCorrectLoginSetsAStrictHttpOnlySessionCookieThatOpensEverything() {
        Http.Response response = app.http.post("login", "{\"username\":\"alice\",\"password\":\"wonderland\"}", JSON);
        assertEquals(200, response.status());
        assertEquals("{\"username\":\"alice\"}", response.body());
        String setCookie = response.raw().headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(setCookie.matches("pennant_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/"), setCookie);

        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        assertEquals(200, app.http.get("", as(cookie)).status());
        JsonNode config = app.http.get("config", as(cookie)).json();
        assertTrue(config.get("auth_required").asBoolean());
        assertEquals("alice", config.get("username").asText());
        assertEquals(200, app.http.post("gradio_api/run/predict", "{\"data\":[5,\"add\",7]}", as(cookie)).status());
        assertNotEquals(cookie, login("alice", "wonderland"), "every login gets a fresh token");
    }

    @Test
    void wrongPasswordsAndUnknownUsersAreRefusedAlike() {
        for (String body : new String[] {"{\"username\":\"alice\",\"password\":\"wrong\"}",
                "{\"username\":\"mallory\",\"password\":\"wonderland\"}", "{\"username\":\"alice\",\"password\":\"\"}"}) {
            Http.Response response = app.http.post("login", body, JSON);
            assertEquals(401, response.status(), body);
            assertEquals("Incorrect username or password", response.error());
            assertTrue(response.raw().headers().firstValue("Set-Cookie").isEmpty());
        }
        assertEquals(400, app.http.post("login", "{\"username\":5}", JSON).status());
        assertEquals(200, app.http.post("login", "{\"username\":\"carol\",\"password\":\"from-the-directory\"}", JSON).status(),
                "a check function lets users in too");
    }

    @Test
    void theLoginFormWorksWithoutJavaScript() {
        Http.Response ok = app.http.post("login", "username=bob&password=builder", FORM);
        assertEquals(303, ok.status());
        assertEquals("./", ok.raw().headers().firstValue("Location").orElseThrow());
        assertTrue(ok.raw().headers().firstValue("Set-Cookie").orElseThrow().startsWith("pennant_session="));
        Http.Response wrong = app.http.post("login", "username=bob&password=nope", FORM);
        assertEquals(303, wrong.status());
        assertEquals("login?failed", wrong.raw().headers().firstValue("Location").orElseThrow());
    }

    @Test
    void tenFailedLoginsInAMinuteBlockTheAddressWith429() {
        for (int i = 0; i < 10; i++) {
            assertEquals(401, app.http.post("login", "{\"username\":\"alice\",\"password\":\"guess" + i + "\"}", JSON).status());
        }
        Http.Response blocked = app.http.post("login", "{\"username\":\"alice\",\"password\":\"wonderland\"}", JSON);
        assertEquals(429, blocked.status(), "even the right password waits");
        assertEquals("Too many failed logins from your address; try again in a minute", blocked.error());
        assertEquals("60", blocked.raw().headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void logoutEndsTheSession() {
        String cookie = login("alice", "wonderland");
        Http.Response logout = app.http.get("logout", as(cookie));
        assertEquals(303, logout.status());
        assertEquals("login", logout.raw().headers().firstValue("Location").orElseThrow());
        assertTrue(logout.raw().headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
        assertEquals(401, app.http.get("config", as(cookie)).status());
    }

    @Test
    void flagsRecordTheSessionsUserNeverOneFromTheBody() throws Exception {
        String alice = login("alice", "wonderland");
        String event = app.http.post("gradio_api/run/predict", "{\"data\":[5,\"add\",7]}", as(alice)).json().get("event_id").asText();
        Http.Response flag = app.http.post("gradio_api/flag/predict",
                "{\"event_id\":\"" + event + "\",\"flag_option\":null,\"username\":\"mallory\"}", as(alice));
        assertEquals(1, flag.json().get("count").asInt());
        String bob = login("bob", "builder");
        event = app.http.post("gradio_api/run/predict", "{\"data\":[6,\"subtract\",1.5]}", as(bob)).json().get("event_id").asText();
        app.http.post("gradio_api/flag/predict", "{\"event_id\":\"" + event + "\",\"flag_option\":null}", as(bob));
        assertEquals("num1,operation,num2,Output,username\n5,add,7,12,alice\n6,subtract,1.5,4.5,bob\n",
                Files.readString(app.flaggingDir.resolve("logs.csv")));

        event = app.http.post("gradio_api/run/review", "{\"data\":[\"fine\",4]}", as(alice)).json().get("event_id").asText();
        app.http.post("gradio_api/flag/review", "{\"event_id\":\"" + event + "\",\"flag_option\":\"incorrect\"}", as(alice));
        assertEquals("alice", RecordingCallback.CALLS.get(0).username(), "custom callbacks get the user too");
    }

    @Test
    void withoutUsersThereIsNoLogin() {
        Http client = new Http(app.start(ServedApp.builder(Calculator.class)));   // a second app, without users
        JsonNode config = client.get("config").json();
        assertFalse(config.get("auth_required").asBoolean());
        assertTrue(config.get("username").isNull());
        assertEquals(404, client.get("login").status());
    }
}
