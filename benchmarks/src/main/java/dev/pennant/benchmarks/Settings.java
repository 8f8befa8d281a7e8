package dev.pennant.benchmarks;

/**
 * How much work each row does. The full run uses counts large enough for stable medians on a
 * shared 2-core machine; the smoke run uses tiny counts so CI can prove every row still runs.
 */
public record Settings(
        boolean smoke,
        int clients,
        int warmupRequestsPerClient,
        int requestsPerClient,
        int rounds,
        int flags,
        int starts,
        int compileMethods,
        int compileRuns,
        int imageWarmups,
        int imageRuns,
        long settleMillis) {

    public static Settings fullRun() {
        return new Settings(false, 16, 200, 500, 3, 500, 11, 200, 5, 5, 20, 1000);
    }

    public static Settings smokeRun() {
        return new Settings(true, 16, 5, 10, 1, 20, 1, 20, 1, 0, 1, 50);
    }

    /** {@code -Dpennant.bench.smoke=true} or the argument {@code --smoke} picks the smoke run. */
    public static Settings from(String[] args) {
        boolean smoke = Boolean.getBoolean("pennant.bench.smoke");
        for (String arg : args) {
            smoke |= arg.equals("--smoke");
        }
        return smoke ? smokeRun() : fullRun();
    }
}
