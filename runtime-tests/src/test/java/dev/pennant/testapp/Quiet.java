package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;

/** Flagging mode NEVER, and a second interface in the same class named like the calculator's. */
public class Quiet {
    @Interface(title = "Square", flaggingMode = FlaggingMode.NEVER, flaggingDir = "flagged/never")
    public static double square(double x) {
        return x * x;
    }
}
