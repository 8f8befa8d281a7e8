package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;

/** The guide's {@code flagging_mode="never"}: no button, nothing is ever written. */
public final class NeverFlagged {

    private NeverFlagged() {}

    @Interface(flaggingMode = FlaggingMode.NEVER, apiName = "square", title = "Never flagged",
            description = "Flagging is completely disabled here.")
    public static double square(double x) {
        return x * x;
    }
}
