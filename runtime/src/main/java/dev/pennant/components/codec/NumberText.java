package dev.pennant.components.codec;

import java.math.BigDecimal;

/**
 * Writes numbers the way the guide's CSV shows them ({@code 12}, {@code 1.5}) and the way Python
 * prints floats inside a dict ({@code 0.7}, {@code 1.0}). Kept in one place so the CSV cell and the
 * label-map form cannot drift apart.
 */
final class NumberText {
    // Beyond these magnitudes a plain rendering would be dozens of digits long; scientific
    // notation is what a reader expects there (JavaScript switches at the same bounds).
    private static final double PLAIN_MAX = 1e21;
    private static final double PLAIN_MIN = 1e-7;

    private NumberText() {}

    /** {@code 12.0 → "12"}, {@code 1.5 → "1.5"}, {@code 1e-5 → "0.00001"}; NaN and infinities by name. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0"; // also for -0.0: a flagged "-0" would only confuse
        }
        double magnitude = Math.abs(value);
        if (magnitude >= PLAIN_MAX || magnitude < PLAIN_MIN) {
            return Double.toString(value);
        }
        // Double.toString gives the shortest text that reads back as the same double;
        // BigDecimal only removes the exponent and the trailing ".0".
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** Like {@link #plain(double)} but from a float's own shortest text, so 1.1f is "1.1", not "1.100000023841858". */
    static String plain(float value) {
        if (!Float.isFinite(value) || value == 0 || Math.abs(value) >= PLAIN_MAX || Math.abs(value) < PLAIN_MIN) {
            return value == 0 ? "0" : Float.toString(value);
        }
        return new BigDecimal(Float.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** Python's repr of a float: always a decimal point for whole values ({@code 1.0}). */
    static String pythonFloat(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = plain(value);
        return text.contains(".") || text.contains("E") ? text : text + ".0";
    }
}
