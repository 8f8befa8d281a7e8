package dev.pennant.testapp;

import dev.pennant.Interface;
import dev.pennant.components.Component;
import dev.pennant.flagging.FlaggingCallback;
import java.nio.file.Path;
import java.util.List;

/** Mode left unwritten (so GRADIO_FLAGGING_MODE applies) and a callback that fails on demand. */
public class Faulty {
    @Interface(apiName = "twice", flaggingDir = "flagged/faulty", flaggingCallback = FailingCallback.class)
    public static long twice(long n) {
        return 2 * n;
    }

    public static final class FailingCallback implements FlaggingCallback {
        public static volatile boolean fail;
        public static volatile int setups;

        @Override
        public void setup(List<Component> components, Path flaggingDir) {
            setups++;
        }

        @Override
        public int flag(List<Object> flagData, String flagOption, String username) {
            if (fail) {
                throw new IllegalStateException("disk on fire");
            }
            return 1;
        }
    }
}
