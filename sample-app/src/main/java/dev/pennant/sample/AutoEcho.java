package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;

/** The guide's {@code flagging_mode="auto"}: every successful submission is flagged, no button. */
public final class AutoEcho {

    private AutoEcho() {}

    @Interface(
            flaggingMode = FlaggingMode.AUTO,
            flaggingDir = "flagged_auto",
            apiName = "auto_echo",
            title = "Auto-flagged echo",
            description = "Every successful submission lands in flagged_auto/logs.csv; errors do not.")
    public static String shout(String text, boolean loud) {
        if (text.isBlank()) {
            throw new InterfaceError("Say something first");
        }
        return loud ? text.toUpperCase(java.util.Locale.ROOT) + "!" : text;
    }
}
