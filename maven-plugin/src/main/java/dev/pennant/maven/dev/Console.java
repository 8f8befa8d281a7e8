package dev.pennant.maven.dev;

/** Where the dev mode reports: Maven's log when it runs as {@code mvn pennant:dev}. */
public interface Console {

    void info(String message);

    void warn(String message);

    void error(String message);

    void error(String message, Throwable cause);
}
