package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Slider;

/** Auto-flagged, with an int, a boolean, an enum and a slider; fails on purpose for "boom". */
public class Echo {
    public enum Mood { HAPPY, SAD }

    @Interface(apiName = "echo", flaggingMode = FlaggingMode.AUTO, flaggingDir = "flagged/echo")
    public static String echo(String text, int times, boolean loud, Mood mood,
            @Slider(minimum = 0, maximum = 10, step = 0.5) double level) {
        if (text.equals("boom")) {
            throw new IllegalStateException("secret internal detail");
        }
        String once = loud ? text.toUpperCase(java.util.Locale.ROOT) : text;
        return String.join(" ", java.util.Collections.nCopies(times, once)) + " (" + mood + ", " + level + ")";
    }
}
