package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.flagging.FlaggingSetup;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A user's own callback that implements only the rich set-up, to learn the options shown and whether
 * there is a login. The mode is not written in the annotation, so {@code GRADIO_FLAGGING_MODE} may set it.
 */
public class Moderated {
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

    public static final class Generated implements GeneratedInterface {
        @Override
        public InterfaceSpec spec() {
            return InterfaceSpec.builder(Moderated.class, "moderate").apiName("moderate")
                    .flaggingMode(FlaggingMode.MANUAL, false).flaggingDir(FlagDirs.current() + "/moderated")
                    .flaggingOption("Mark as spam", "spam").flaggingOptions("Rude")
                    .input(Component.of(ComponentType.TEXTBOX, "text", ValueType.of(String.class)))
                    .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)))
                    .build();
        }

        @Override
        public FlaggingCallback newFlaggingCallback() {
            return new SetupRecorder();
        }

        @Override
        public List<Object> call(Object target, List<Object> arguments) {
            return Collections.singletonList(moderate((String) arguments.get(0)));
        }
    }
}
