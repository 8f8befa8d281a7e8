package dev.pennant.server.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.FlaggingMode;
import dev.pennant.Pennant;
import dev.pennant.components.Component;
import dev.pennant.flagging.FlaggingSetup;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Moderated;
import dev.pennant.testapp.Moderated.SetupRecorder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A user's own callback learns at set-up, through FlaggingCallback itself, what CSVLogger learns: the options shown and the login. */
class FlaggingSetupTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    @BeforeEach
    void reset() {
        SetupRecorder.SETUPS.clear();
    }

    private FlaggingSetup launch(Pennant.Builder builder) {
        app.start(builder.serve(Moderated.class).port(0));
        assertEquals(1, SetupRecorder.SETUPS.size(), "set up once, before start() returns");
        return SetupRecorder.SETUPS.get(0);
    }

    @Test
    void aCallbackLearnsTheOptionsShownAndThatThereIsNoLogin() {
        FlaggingSetup setup = launch(Pennant.builder().environment(Map.of()));

        assertEquals(List.of(new FlaggingSetup.Option("Mark as spam", "spam"), new FlaggingSetup.Option("Flag as Rude", "Rude")),
                setup.options(), "button labels and the values flag() will get, in order");
        assertEquals(FlaggingMode.MANUAL, setup.mode());
        assertFalse(setup.hasLogin());
        assertEquals(List.of("text", "Output"), setup.components().stream().map(Component::label).toList());
        assertEquals(Path.of("flagged/moderated"), setup.flaggingDir(), "as written");
    }

    @Test
    void aCallbackLearnsThatTheAppHasALogin() {
        FlaggingSetup setup = launch(Pennant.builder().environment(Map.of()).auth("alice", "wonderland"));

        assertTrue(setup.hasLogin(), "so flag() gets the user's name");
        assertEquals(2, setup.options().size());
    }

    @Test
    void inAutoModeNoOptionIsShownSoNoneIsOffered() {
        FlaggingSetup setup = launch(Pennant.builder().environment(Map.of("GRADIO_FLAGGING_MODE", "auto")));

        assertEquals(FlaggingMode.AUTO, setup.mode());
        assertEquals(List.of(), setup.options());
    }
}
