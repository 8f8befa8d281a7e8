package dev.pennant.processor.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The paths an {@code @Example} value names for an input of several files: one path, or a JSON list of
 * paths ({@code ["files/a.txt", "files/b.txt"]}), as the runtime reads a flagged cell.
 */
final class ExamplePathList {

    /** The value does not parse as a list of paths; the message says where. */
    static final class NotAList extends Exception {
        private static final long serialVersionUID = 1L;

        NotAList(String message) {
            super(message, null, false, false);
        }
    }

    private final String text;
    private int at;

    private ExamplePathList(String text) {
        this.text = text;
    }

    static List<String> paths(String value) throws NotAList {
        if (!value.trim().startsWith("[")) {
            return List.of(value);
        }
        return new ExamplePathList(value.trim()).list();
    }

    private List<String> list() throws NotAList {
        List<String> paths = new ArrayList<>();
        at = 1;
        skipSpaces();
        if (peek() == ']') {
            at++;
        } else {
            while (true) {
                paths.add(string());
                skipSpaces();
                char next = peek();
                at++;
                if (next == ']') {
                    break;
                }
                if (next != ',') {
                    throw new NotAList("expected ',' or ']' at character " + at);
                }
                skipSpaces();
            }
        }
        if (at != text.length()) {
            throw new NotAList("text follows the closing ']'");
        }
        return paths;
    }

    private String string() throws NotAList {
        if (peek() != '"') {
            throw new NotAList("expected a quoted path at character " + (at + 1));
        }
        StringBuilder out = new StringBuilder();
        for (at++; ; at++) {
            char c = peek();
            if (c == '"') {
                at++;
                return out.toString();
            }
            if (c == '\\') {
                at++;
                char escaped = peek();
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        if (at + 4 >= text.length()) {
                            throw new NotAList("a \\u escape is cut short");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
                        } catch (NumberFormatException e) {
                            throw new NotAList("a \\u escape is not four hex digits");
                        }
                        at += 4;
                    }
                    default -> throw new NotAList("unknown escape \\" + escaped);
                }
            } else {
                out.append(c);
            }
        }
    }

    private char peek() throws NotAList {
        if (at >= text.length()) {
            throw new NotAList("the list is not closed with ']'");
        }
        return text.charAt(at);
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
