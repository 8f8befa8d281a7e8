package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A custom callback that records what it receives, and can be made to hang. */
public class Reviewed {
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

    public static final class Generated implements GeneratedInterface {
        @Override
        public InterfaceSpec spec() {
            return InterfaceSpec.builder(Reviewed.class, "review").apiName("review")
                    .flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/reviewed")
                    .flaggingOption("Mark as incorrect", "incorrect").flaggingOption("Mark as offensive", "offensive")
                    .input(Component.of(ComponentType.TEXTBOX, "text", ValueType.of(String.class)))
                    .input(Component.of(ComponentType.NUMBER, "stars", ValueType.of(int.class)))
                    .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)))
                    .build();
        }

        @Override
        public FlaggingCallback newFlaggingCallback() {
            return new RecordingCallback();
        }

        @Override
        public List<Object> call(Object target, List<Object> arguments) {
            return Collections.singletonList(review((String) arguments.get(0), (int) arguments.get(1)));
        }
    }
}
