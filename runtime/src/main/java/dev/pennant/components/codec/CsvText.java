package dev.pennant.components.codec;

/**
 * Text in a CSV cell that a spreadsheet would run as a formula: a cell starting with {@code = + - @},
 * a tab, CR or LF (GHSA-f8xq-q7px-wg8c). Flagged text gets a leading {@code '}, which makes spreadsheets
 * show it as text; reading a flagged cell back removes it. Numbers are never altered, so {@code -5}
 * stays a number.
 */
public final class CsvText {
    private CsvText() {}

    /** {@code =SUM(A1)} becomes {@code '=SUM(A1)}; other text is unchanged. */
    public static String neutralize(String text) {
        return !text.isEmpty() && isFormulaStart(text.charAt(0)) ? "'" + text : text;
    }

    /** Undoes {@link #neutralize}: a flagged {@code '=SUM(…)} reads back as {@code =SUM(…)}. */
    static String restore(String text) {
        return text.length() >= 2 && text.charAt(0) == '\'' && isFormulaStart(text.charAt(1)) ? text.substring(1) : text;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }
}
