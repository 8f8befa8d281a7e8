package dev.pennant.server.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.components.Component;
import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Reviewed.RecordingCallback;
import dev.pennant.testapp.Reviewed;
import dev.pennant.testapp.SimpleCalculator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The guide's custom callbacks: setup once at launch, flag with typed values, option and user; failures and hangs. */
class FlaggingCallbackTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    @BeforeEach
    void reset() {
        RecordingCallback.reset();
    }

    @AfterEach
    void release() {
        CountDownLatch hang = RecordingCallback.hang;
        if (hang != null) {
            hang.countDown();
        }
        RecordingCallback.reset();
    }

    @Test
    void setupIsCalledOnceAtLaunchBeforeServingWithTheComponentsAndTheDirectory() {
        app.start(ServedApp.builder(Reviewed.class));
        assertEquals(List.of(Path.of("flagged/reviewed")), RecordingCallback.SETUPS, "set up once, before start() returns");
        assertEquals(List.of("text", "stars", "Output"),
                RecordingCallback.SETUP_COMPONENTS.get(0).stream().map(Component::label).toList(), "inputs then outputs");
        app.http.run("review", "[\"good\", 5]");
        assertEquals(1, RecordingCallback.SETUPS.size(), "and never again");
    }

    @Test
    void flagReceivesTypedValuesTheOptionValueAndNoUserAndItsCountIsAnswered() {
        Http http = new Http(app.start(ServedApp.builder(Reviewed.class)));
        String first = http.run("review", "[\"good\", 5]").json().get("event_id").asText();
        String second = http.run("review", "[\"bad\", 1]").json().get("event_id").asText();
        assertEquals(1, http.flag("review", first, "incorrect").json().get("count").asInt());
        assertEquals(2, http.flag("review", second, "offensive").json().get("count").asInt());

        Reviewed.Call call = RecordingCallback.CALLS.get(0);
        assertEquals(Arrays.asList("good", 5, "good (5 stars)"), call.flagData());
        assertTrue(call.flagData().get(1) instanceof Integer, "an int parameter arrives as an Integer");
        assertEquals("incorrect", call.flagOption(), "the stored value, not the button label");
        assertNull(call.username(), "no login, no username");
    }

    @Test
    void aCallbackThatHangsIsAnswered504AndTheServerKeepsServing() {
        Http http = new Http(app.start(ServedApp.builder(Reviewed.class).flagTimeout(Duration.ofMillis(300))));
        RecordingCallback.hang = new CountDownLatch(1);
        String event = http.run("review", "[\"slow\", 3]").json().get("event_id").asText();
        Http.Response flag = http.flag("review", event, "incorrect");
        assertEquals(504, flag.status());
        assertEquals("Flagging did not finish in time; see the server log", flag.error());

        assertEquals("[\"still here (4 stars)\"]", http.run("review", "[\"still here\", 4]").json().get("data").toString());
        RecordingCallback.hang.countDown();
        RecordingCallback.hang = null;
        String next = http.run("review", "[\"fast\", 2]").json().get("event_id").asText();
        assertEquals(200, http.flag("review", next, "offensive").status());
    }

    @Test
    void simpleCsvLoggerWritesRowsWithoutHeaderAndReturnsCounts() throws Exception {
        Http http = new Http(app.start(ServedApp.builder(SimpleCalculator.class)));
        assertEquals(1, http.flag("simple", http.run("simple", "[5, \"add\", 7]").json().get("event_id").asText(), null)
                .json().get("count").asInt());
        assertEquals(2, http.flag("simple", http.run("simple", "[6, \"subtract\", 1.5]").json().get("event_id").asText(), null)
                .json().get("count").asInt());
        assertEquals("5,add,7,12\n6,subtract,1.5,4.5\n", Files.readString(app.flaggingDir.resolve("simple/log.csv")));
    }
}
