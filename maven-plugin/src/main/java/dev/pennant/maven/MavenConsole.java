package dev.pennant.maven;

import dev.pennant.maven.dev.Console;
import org.apache.maven.plugin.logging.Log;

/** The dev mode's messages in Maven's log. */
record MavenConsole(Log log) implements Console {

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void error(String message, Throwable cause) {
        log.error(message, cause);
    }
}
