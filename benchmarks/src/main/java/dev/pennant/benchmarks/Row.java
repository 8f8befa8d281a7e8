package dev.pennant.benchmarks;

/**
 * One line of the table: Pennant's figure and its baseline's, measured in the same run, and the
 * ratio Pennant / baseline against the target. An unavailable row names why instead.
 *
 * @param extraGoal an absolute goal checked besides the ratio (startup "under 1 s"), or null
 */
public record Row(
        String name,
        String unit,
        String baselineName,
        double pennant,
        double baseline,
        Target target,
        Goal extraGoal,
        String unavailable) {

    /** An absolute goal on Pennant's own figure, e.g. startup under 1000 ms. */
    public record Goal(String text, double atMost) {}

    public static Row measured(String name, String unit, String baselineName, double pennant, double baseline,
            Target target) {
        return new Row(name, unit, baselineName, pennant, baseline, target, null, null);
    }

    public static Row unavailable(String name, String unit, String baselineName, Target target, String why) {
        return new Row(name, unit, baselineName, Double.NaN, Double.NaN, target, null, why);
    }

    public Row withGoal(Goal goal) {
        return new Row(name, unit, baselineName, pennant, baseline, target, goal, unavailable);
    }

    public boolean available() {
        return unavailable == null;
    }

    public double ratio() {
        return pennant / baseline;
    }

    /** "yes", "no" or "—" when the row has no target or was not measured. */
    public String met() {
        if (!available() || (!target.exists() && extraGoal == null)) {
            return "—";
        }
        boolean met = (!target.exists() || target.metBy(ratio())) && (extraGoal == null || pennant <= extraGoal.atMost());
        return met ? "yes" : "no";
    }

    public String targetText() {
        if (extraGoal == null) {
            return target.text();
        }
        return target.exists() ? target.text() + " and " + extraGoal.text() : extraGoal.text();
    }
}
