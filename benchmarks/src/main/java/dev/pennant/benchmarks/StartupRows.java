package dev.pennant.benchmarks;

import dev.pennant.benchmarks.apps.BareJavalinHelloMain;
import dev.pennant.benchmarks.apps.PennantCalculatorMain;
import java.util.List;

/**
 * Process start to the first 200 on {@code GET /config}: the calculator launched as a user does
 * ({@code Pennant.launch}) against Javalin's hello world, each a fresh JVM, taking turns.
 */
final class StartupRows {

    private StartupRows() {}

    static List<Row> measure(Settings settings) throws Exception {
        double[] pennant = new double[settings.starts()];
        double[] bare = new double[settings.starts()];
        for (int i = 0; i < settings.starts(); i++) {
            pennant[i] = startMillis(PennantCalculatorMain.class);
            bare[i] = startMillis(BareJavalinHelloMain.class);
        }
        return List.of(Row.measured("startup to first 200 on /config, median of " + settings.starts(), "ms",
                        "bare Javalin hello world", Stats.median(pennant), Stats.median(bare), Target.atMost(1.3))
                .withGoal(new Row.Goal("< 1000 ms", 1000)));
    }

    private static double startMillis(Class<?> mainClass) throws Exception {
        try (ChildServer server = ChildServer.start(mainClass)) {
            return server.nanosToFirstConfig() / 1e6;
        }
    }
}
