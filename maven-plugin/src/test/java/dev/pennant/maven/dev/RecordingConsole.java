package dev.pennant.maven.dev;

import java.util.ArrayList;
import java.util.List;

/** Keeps what the dev mode reported, to assert on and to show when a test fails. */
final class RecordingConsole implements Console {
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void info(String message) {
        lines.add("[INFO] " + message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("[WARNING] " + message);
    }

    @Override
    public synchronized void error(String message) {
        lines.add("[ERROR] " + message);
    }

    @Override
    public synchronized void error(String message, Throwable cause) {
        lines.add("[ERROR] " + message + ": " + cause);
    }

    synchronized String text() {
        return String.join("\n", lines);
    }
}
