package dev.pennant.testapp;

/** Auto-flagged, with an int, a boolean, an enum and a slider; fails on purpose for "boom". */
public class Echo {
    public enum Mood { HAPPY, SAD }

    public static String echo(String text, int times, boolean loud, Mood mood, double level) {
        if (text.equals("boom")) {
            throw new IllegalStateException("secret internal detail");
        }
        String once = loud ? text.toUpperCase(java.util.Locale.ROOT) : text;
        return String.join(" ", java.util.Collections.nCopies(times, once)) + " (" + mood + ", " + level + ")";
    }
}
