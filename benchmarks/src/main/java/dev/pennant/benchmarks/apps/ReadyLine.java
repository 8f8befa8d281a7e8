package dev.pennant.benchmarks.apps;

/**
 * Every benchmarked server prints the line Pennant prints at launch, so the harness learns the port
 * of any child the same way.
 */
public final class ReadyLine {
    public static final String PREFIX = "Running on local URL:  http://127.0.0.1:";

    private ReadyLine() {}

    public static void print(int port) {
        System.out.println(PREFIX + port);
        System.out.flush();
    }
}
