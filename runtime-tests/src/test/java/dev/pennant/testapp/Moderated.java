package dev.pennant.testapp;

import dev.pennant.FlagOption;
import dev.pennant.Interface;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.flagging.FlaggingSetup;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A user's own callback that implements only the rich set-up, to learn the options shown and whether
 * there is a login. The mode is not written in the annotation, so {@code GRADIO_FLAGGING_MODE} may set it.
 */
public class Moderated {
    @Interface(apiName = "moderate", flaggingDir = "flagged/moderated", flaggingCallback = SetupRecorder.class,
            flaggingOptionPairs = {@FlagOption(label = "Mark as spam", value = "spam"), @FlagOption(label = "Flag as Rude", value = "Rude")})
    public static String moderate(String text) {
        return text.toUpperCase(java.util.Locale.ROOT);
    }

    public static final class SetupRecorder implements FlaggingCallback {
        public static final List<FlaggingSetup> SETUPS = new CopyOnWriteArrayList<>();

        @Override
        public void setup(FlaggingSetup setup) {
            SETUPS.add(setup);
        }

        @Override
        public int flag(List<Object> flagData, String flagOption, String username) {
            return 1;
        }
    }
}
