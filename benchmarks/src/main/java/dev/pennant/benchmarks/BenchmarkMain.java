package dev.pennant.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark command: measures every row of issue 8, Pennant next to its baseline in the same run,
 * prints the table and writes it as Markdown to {@code -Dpennant.bench.out} (default
 * {@code benchmarks.md} in the working directory).
 *
 * <pre>
 * ./mvnw -B -pl benchmarks -am verify -DskipTests -Pbenchmarks                            # full run
 * ./mvnw -B -pl benchmarks -am verify -DskipTests -Pbenchmarks -Dpennant.bench.smoke=true # a few seconds
 * </pre>
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.from(args);
        List<Row> rows = run(settings);
        String report = report(settings, rows);
        Path out = Path.of(System.getProperty("pennant.bench.out", "benchmarks.md")).toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out);
    }

    public static List<Row> run(Settings settings) throws Exception {
        List<Row> rows = new ArrayList<>();
        if (selected("startup")) {
            progress("startup (" + settings.starts() + " starts each)");
            rows.addAll(StartupRows.measure(settings));
        }
        if (selected("server") || selected("flag")) {
            progress("flagging, direct and raw append");
            FlagRows.Result flags = FlagRows.measure(settings);
            if (selected("server")) {
                progress("predict, memory, queue and flag over HTTP (" + settings.clients() + " clients)");
                rows.addAll(ServerRows.measure(settings, flags.rawAppend()));
            }
            rows.add(flags.directRow());
        }
        if (selected("image")) {
            progress("image path");
            rows.addAll(ImageRows.measure(settings));
        }
        if (selected("compile")) {
            progress("compile time (" + settings.compileMethods() + " methods)");
            rows.addAll(CompileRows.measure(settings));
        }
        if (selected("micro")) {
            progress("JMH microbenchmarks");
            rows.addAll(MicroRows.measure(settings));
        }
        return rows;
    }

    /**
     * {@code -Dpennant.bench.only=server,compile} runs only those groups (startup, flag, server, image,
     * compile, micro), e.g. while profiling one of them.
     */
    private static boolean selected(String group) {
        String only = System.getProperty("pennant.bench.only", "").trim();
        return only.isEmpty() || java.util.Arrays.asList(only.split("\\s*,\\s*")).contains(group);
    }

    static String report(Settings settings, List<Row> rows) {
        return "# Pennant benchmarks" + (settings.smoke() ? " (smoke run: tiny counts, figures meaningless)" : "") + "\n\n"
                + "Measured " + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + " on " + Machine.describe()
                + ".\nRatio = Pennant / baseline, both measured in this run.\n\n"
                + ResultTable.markdown(rows);
    }

    private static void progress(String step) {
        System.err.println("[benchmarks] " + step);
    }
}
