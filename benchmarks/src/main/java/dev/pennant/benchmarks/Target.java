package dev.pennant.benchmarks;

import java.util.Locale;

/**
 * A goal for the ratio Pennant / baseline, from issue 8: "≥ 0.9×" for throughput, "≤ 1.2×" for
 * latency and time. {@link #NONE} for rows the issue measures without a goal.
 */
public record Target(String text, Double atLeast, Double atMost) {
    public static final Target NONE = new Target("—", null, null);

    public static Target atLeast(double ratio) {
        return new Target(String.format(Locale.ROOT, "≥ %.1f×", ratio), ratio, null);
    }

    public static Target atMost(double ratio) {
        return new Target(String.format(Locale.ROOT, "≤ %.1f×", ratio), null, ratio);
    }

    public boolean exists() {
        return atLeast != null || atMost != null;
    }

    public boolean metBy(double ratio) {
        return (atLeast == null || ratio >= atLeast) && (atMost == null || ratio <= atMost);
    }
}
