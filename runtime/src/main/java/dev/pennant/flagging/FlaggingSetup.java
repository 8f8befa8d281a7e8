package dev.pennant.flagging;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a flagging callback learns when the interface is launched ({@link FlaggingCallback#setup(FlaggingSetup)}).
 *
 * @param components the input components, then the output components, in the method's order
 * @param flaggingDir the configured flagging directory; it may not exist yet
 * @param mode {@code MANUAL} (users press Flag) or {@code AUTO} (every successful submission is flagged)
 * @param options the flagging options the page shows, one button each; empty for a single "Flag" button,
 *     and always empty in {@code AUTO} mode, which shows no buttons. {@code flag} then gets {@code null}
 *     as its option, otherwise one of these values
 * @param hasLogin whether the app has users, so that {@code flag} gets the logged-in user's name
 */
public record FlaggingSetup(List<Component> components, Path flaggingDir, FlaggingMode mode, List<Option> options,
        boolean hasLogin) {

    /**
     * One flagging option: the button text and the value {@code flag} receives (and {@link CSVLogger}
     * writes), as the guide's {@code ("Mark as incorrect", "incorrect")}.
     */
    public record Option(String label, String value) {
        public Option {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    public FlaggingSetup {
        components = List.copyOf(components);
        Objects.requireNonNull(flaggingDir, "flaggingDir");
        Objects.requireNonNull(mode, "mode");
        options = List.copyOf(options);
    }

    /** The guide's set-up: these components and this directory, manual flagging with one button, no login. */
    public static FlaggingSetup of(List<Component> components, Path flaggingDir) {
        return new FlaggingSetup(components, flaggingDir, FlaggingMode.MANUAL, List.of(), false);
    }
}
