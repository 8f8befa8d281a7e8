package dev.pennant.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts a main class of the tests in a JVM of its own: the same java and class path, its own environment. */
public final class ChildJvm {
    private ChildJvm() {}

    public static ProcessBuilder builder(Class<?> mainClass, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("GRADIO_FLAGGING_MODE");
        builder.environment().putAll(environment);
        return builder;
    }

    public static Process start(Class<?> mainClass, Map<String, String> environment, String... args) {
        try {
            return builder(mainClass, environment, args).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
