package dev.pennant.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import dev.pennant.testapp.Classifier;
import dev.pennant.testapp.Faulty;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What fails at launch, and settings from the environment. */
class LauncherTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    @Test
    void aClassWithoutInterfacesPointsAtTheProcessor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pennant.builder().serve(String.class).port(0).environment(Map.of()).start());
        assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
        assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
    }

    @Test
    void anInstanceMethodNeedsAnInstance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Pennant.builder().serve(Classifier.class).port(0).environment(Map.of()).start());
        assertTrue(e.getMessage().contains("instance method"), e.getMessage());
    }

    @Test
    void invalidEnvironmentFailsNamingTheVariable() {
        IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
                () -> Pennant.builder().serve(Faulty.class).environment(Map.of("GRADIO_SERVER_PORT", "http")).start());
        assertTrue(port.getMessage().contains("GRADIO_SERVER_PORT"), port.getMessage());
        IllegalArgumentException mode = assertThrows(IllegalArgumentException.class,
                () -> Pennant.builder().serve(Faulty.class).port(0).environment(Map.of("GRADIO_FLAGGING_MODE", "sometimes")).start());
        assertTrue(mode.getMessage().contains("GRADIO_FLAGGING_MODE"), mode.getMessage());
    }

    @Test
    void hostAndPortComeFromTheEnvironment() {
        PennantServer server = app.start(Pennant.builder().serve(Faulty.class)
                .environment(Map.of("GRADIO_SERVER_NAME", "localhost", "GRADIO_SERVER_PORT", "0")));   // no port(0)
        assertTrue(server.port() > 0);
        assertEquals("http://localhost:" + server.port() + "/", server.uri().toString());
    }

    @Test
    void flaggingModeFromTheEnvironmentAppliesWhenUnwritten() {
        int setups = Faulty.FailingCallback.setups;
        Http http = new Http(app.start(ServedApp.builder(Faulty.class).environment(Map.of("GRADIO_FLAGGING_MODE", "never"))));
        String event = http.run("twice", "[21]").json().get("event_id").asText();
        assertEquals(403, http.flag("twice", event, null).status());
        app.server.close();
        assertEquals(setups, Faulty.FailingCallback.setups, "never mode calls no setup");
    }

    @Test
    void aFailingCallbackIsA500AndTheServerKeepsServing() {
        int setups = Faulty.FailingCallback.setups;
        try {
            Http http = new Http(app.start(ServedApp.builder(Faulty.class)));
            assertEquals(setups + 1, Faulty.FailingCallback.setups, "setup is called once before serving");
            Http.Response run = http.run("twice", "[21]");
            assertEquals("[42]", run.json().get("data").toString());
            Faulty.FailingCallback.fail = true;
            Http.Response failed = http.flag("twice", run.json().get("event_id").asText(), null);
            assertEquals(500, failed.status());
            assertEquals("Flagging failed; see the server log", failed.error());
            Faulty.FailingCallback.fail = false;
            assertEquals(200, http.flag("twice", http.run("twice", "[1]").json().get("event_id").asText(), null).status());
            assertEquals(400, http.run("twice", "[9223372036854775808]").status(), "long overflow");
        } finally {
            Faulty.FailingCallback.fail = false;
        }
    }
}
