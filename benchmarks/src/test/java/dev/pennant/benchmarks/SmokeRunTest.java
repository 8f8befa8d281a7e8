package dev.pennant.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The benchmark command's smoke mode, run once per build so the harness cannot rot. It checks that
 * the table has every row of issue 8 with numbers in it — never what the numbers are.
 */
class SmokeRunTest {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?(e-?[0-9]+)?");
    private static final Pattern RATIO = Pattern.compile("[0-9]+\\.[0-9]{2}×");

    /** Rows that measure a feature a build may not have yet; they must then say so. */
    private static final List<String> OPTIONAL_FEATURES = List.of("queue path", "image path");

    @Test
    void theSmokeRunMeasuresEveryRowWithNumericFigures() throws Exception {
        List<Row> rows = BenchmarkMain.run(Settings.smokeRun());
        String table = BenchmarkMain.report(Settings.smokeRun(), rows);

        List<String> expected = List.of(
                "startup to first 200 on /config",
                "flag over HTTP",
                "flag direct",
                "predict throughput",
                "predict latency p50",
                "predict latency p99",
                "resident memory, idle",
                "resident memory, peak under predict load",
                "queue path (join + SSE) throughput",
                "queue path (join + SSE) latency p50",
                "image path",
                "compile 20 @Interface methods",
                "JSON decode",
                "CSV cells");
        for (String name : expected) {
            assertEquals(1, rows.stream().filter(row -> row.name().startsWith(name)).count(), "one row named " + name);
        }
        for (Row row : rows) {
            List<String> cells = ResultTable.cells(row);
            assertTrue(table.contains(cells.get(0)), "the table shows " + row.name());
            if (!row.available()) {
                assertTrue(OPTIONAL_FEATURES.stream().anyMatch(row.name()::startsWith),
                        row.name() + " must be measured, but says: " + row.unavailable());
                assertTrue(row.unavailable().startsWith("not available in this build"), row.unavailable());
                continue;
            }
            assertTrue(NUMBER.matcher(cells.get(2)).matches(), row.name() + ": Pennant figure " + cells.get(2));
            assertTrue(NUMBER.matcher(cells.get(3)).matches(), row.name() + ": baseline figure " + cells.get(3));
            assertTrue(RATIO.matcher(cells.get(5)).matches(), row.name() + ": ratio " + cells.get(5));
            assertTrue(List.of("yes", "no", "—").contains(cells.get(7)), row.name() + ": met " + cells.get(7));
        }
    }
}
