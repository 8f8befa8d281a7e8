package dev.pennant.maven.dev;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * One diagnostic as javac prints it, with the file relative to the project:
 * <pre>
 * src/main/java/demo/Hello.java:7: error: ';' expected
 *         return "Hello"
 *                       ^
 * </pre>
 */
final class DiagnosticText {

    private DiagnosticText() {}

    static String of(Diagnostic<? extends JavaFileObject> diagnostic, Path projectDir) {
        String kind = diagnostic.getKind() == Diagnostic.Kind.ERROR ? "error" : "warning";
        String message = diagnostic.getMessage(Locale.ROOT);
        JavaFileObject source = diagnostic.getSource();
        if (source == null || diagnostic.getLineNumber() == Diagnostic.NOPOS) {
            return kind + ": " + message;
        }
        return fileName(source.toUri(), projectDir) + ":" + diagnostic.getLineNumber() + ": " + kind + ": " + message
                + sourceLine(source, diagnostic.getPosition());
    }

    private static String fileName(URI uri, Path projectDir) {
        if (!"file".equals(uri.getScheme())) {
            return uri.toString();
        }
        Path file = Path.of(uri);
        return file.startsWith(projectDir) ? projectDir.relativize(file).toString() : file.toString();
    }

    /** The line the diagnostic points at and a caret under the spot; empty if the text cannot be read. */
    private static String sourceLine(JavaFileObject source, long position) {
        if (position == Diagnostic.NOPOS) {
            return "";
        }
        CharSequence text;
        try {
            text = source.getCharContent(true);
        } catch (IOException e) {
            return "";
        }
        int at = (int) Math.min(position, text.length());
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        StringBuilder caret = new StringBuilder();
        for (int i = start; i < at; i++) {
            caret.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return "\n" + text.subSequence(start, end) + "\n" + caret + "^";
    }
}
