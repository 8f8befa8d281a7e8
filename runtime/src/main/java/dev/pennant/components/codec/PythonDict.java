package dev.pennant.components.codec;

import java.util.Map;

/** The guide's Python-dict form of a map, in its iteration order: {@code {'cat': 0.7, 'dog': 0.3}}. */
final class PythonDict {
    private PythonDict() {}

    static String of(Map<?, ?> map) {
        StringBuilder out = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(repr(entry.getKey())).append(": ").append(repr(entry.getValue()));
        }
        return out.append('}').toString();
    }

    private static String repr(Object value) {
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
        return string(value.toString());
    }

    /** Python's str repr: single quotes unless the text holds a ' and no ", backslash escapes. */
    static String string(String text) {
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
