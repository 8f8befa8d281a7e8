package dev.pennant.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders the rows as a Markdown table (also readable as plain text on a terminal). */
public final class ResultTable {
    static final List<String> HEADER = List.of("Benchmark", "Unit", "Pennant", "Baseline", "Baseline is", "Ratio", "Target", "Met");

    private ResultTable() {}

    public static String markdown(List<Row> rows) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (Row row : rows) {
            lines.add(cells(row));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        append(out, lines.get(0), widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        append(out, rule, widths);
        for (List<String> line : lines.subList(1, lines.size())) {
            append(out, line, widths);
        }
        String notes = "";
        for (Row row : rows) {
            if (!row.available()) {
                notes += "- n/a, " + row.name() + ": " + row.unavailable() + ".\n";
            }
        }
        return notes.isEmpty() ? out.toString() : out.append('\n').append(notes).toString();
    }

    static List<String> cells(Row row) {
        if (!row.available()) {
            return List.of(row.name(), row.unit(), "n/a", "n/a", row.baselineName(), "—", row.targetText(), "—");
        }
        return List.of(row.name(), row.unit(), number(row.pennant()), number(row.baseline()), row.baselineName(),
                String.format(Locale.ROOT, "%.2f×", row.ratio()), row.targetText(), row.met());
    }

    /** Three significant figures are as many as a noisy machine supports. */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private static void append(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            out.append(' ').append(pad(cells.get(i), widths[i])).append(" |");
        }
        out.append('\n');
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
