package dev.pennant.testapp;

import dev.pennant.FlagOption;
import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Component;
import dev.pennant.flagging.FlaggingCallback;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A custom callback that records what it receives, and can be made to hang. */
public class Reviewed {
    @Interface(apiName = "review", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/reviewed",
            flaggingCallback = RecordingCallback.class, flaggingOptionPairs = {
                    @FlagOption(label = "Mark as incorrect", value = "incorrect"),
                    @FlagOption(label = "Mark as offensive", value = "offensive")})
    public static String review(String text, int stars) {
        return text + " (" + stars + " stars)";
    }

    public record Call(List<Object> flagData, String flagOption, String username) {}

    public static final class RecordingCallback implements FlaggingCallback {
        public static final List<Call> CALLS = new CopyOnWriteArrayList<>();
        public static final List<Path> SETUPS = new CopyOnWriteArrayList<>();
        public static final List<List<Component>> SETUP_COMPONENTS = new CopyOnWriteArrayList<>();
        /** When set, flag waits for it: a callback that hangs. */
        public static volatile CountDownLatch hang;

        public static void reset() {
            CALLS.clear();
            SETUPS.clear();
            SETUP_COMPONENTS.clear();
            hang = null;
        }

        @Override
        public void setup(List<Component> components, Path flaggingDir) {
            SETUP_COMPONENTS.add(components);
            SETUPS.add(flaggingDir);
        }

        @Override
        public int flag(List<Object> flagData, String flagOption, String username) throws InterruptedException {
            CountDownLatch latch = hang;
            if (latch != null) {
                latch.await();
            }
            CALLS.add(new Call(Collections.unmodifiableList(new ArrayList<>(flagData)), flagOption, username));
            return CALLS.size();
        }
    }
}
