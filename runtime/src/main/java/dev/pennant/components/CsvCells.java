package dev.pennant.components;

import java.util.Map;

/**
 * Turns a flagged Java value into the text of one CSV cell, as the guide's {@code logs.csv} shows
 * it: {@code 5}, {@code 1.5}, {@code add}, {@code true}, {@code {'cat': 0.7, 'dog': 0.3}}.
 */
public final class CsvCells {
    private CsvCells() {}

    /**
     * The cell text; {@code null} becomes an empty cell. Text that a spreadsheet would run as a
     * formula gets a leading {@code '} (see {@link #neutralizeFormula}); numbers are never altered,
     * so {@code -5} stays a number.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return NumberText.plain(d);
        }
        if (value instanceof Float f) {
            return NumberText.plain(f);
        }
        if (value instanceof java.lang.Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Map<?, ?> map) {
            return pythonDict(map);
        }
        return neutralizeFormula(value.toString());
    }

    /**
     * Spreadsheets run a cell starting with {@code = + - @}, a tab, CR or LF as a formula
     * (GHSA-f8xq-q7px-wg8c); a leading apostrophe makes them show it as text instead.
     */
    public static String neutralizeFormula(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + text;
            default -> text;
        };
    }

    /** The guide's Python-dict form, in the map's iteration order: {@code {'cat': 0.7, 'dog': 0.3}}. */
    static String pythonDict(Map<?, ?> map) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(pythonRepr(entry.getKey())).append(": ").append(pythonRepr(entry.getValue()));
        }
        return out.append('}').toString();
    }

    private static String pythonRepr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Double || value instanceof Float) {
            return NumberText.pythonFloat(((java.lang.Number) value).doubleValue());
        }
        if (value instanceof java.lang.Number) {
            return value.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return pythonString(value.toString());
    }

    /** Python's str repr: single quotes unless the text holds a ' and no ", backslash escapes. */
    private static String pythonString(String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.append(quote).toString();
    }
}
