package dev.pennant.userproject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Runs the clone's Maven wrapper the way the README tells a user to, plus {@code -B} and the private
 * local repository, with this JVM's JDK and none of the outer build's Maven settings. The wrapper's
 * own home is private too, so it downloads Maven as it does on a fresh machine.
 */
final class Maven {
    private final Path localRepository;
    private final Path wrapperHome;
    private final Path logs;
    private int runs;

    Maven(Path localRepository, Path wrapperHome, Path logs) {
        this.localRepository = localRepository;
        this.wrapperHome = wrapperHome;
        this.logs = logs;
    }

    /** The README's command in a directory; its first word is the wrapper's path from there, as the user types it. */
    ProcessBuilder command(Path directory, String readmeCommand) throws IOException {
        List<String> words = new ArrayList<>(Arrays.asList(readmeCommand.trim().split("\\s+")));
        Path wrapper = directory.resolve(words.get(0)).normalize();
        if (!Files.isExecutable(wrapper)) {
            throw new AssertionError("`" + readmeCommand + "` in " + directory + ": no executable " + wrapper);
        }
        words.set(0, wrapper.toString());
        words.add(1, "-B");
        words.add(2, "-Dmaven.repo.local=" + localRepository);
        ProcessBuilder builder = new ProcessBuilder(words).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(logs).resolve("mvn-" + (++runs) + ".log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("MAVEN_") || name.startsWith("GRADIO_") || name.equals("MVNW_VERBOSE"));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("MAVEN_USER_HOME", wrapperHome.toString());   // where mvnw keeps the Maven it downloads
        return builder;
    }

    /** Runs a command to its end, failing with the tail of its log unless it succeeded in time. */
    String run(Path directory, String readmeCommand, Duration timeout) throws Exception {
        ProcessBuilder builder = command(directory, readmeCommand);
        try (Launched process = Launched.start(builder)) {
            int exit = process.waitFor(timeout);
            String log = process.log();
            if (exit != 0) {
                throw new AssertionError("`" + readmeCommand + "` in " + directory + " exited with " + exit + ":\n"
                        + Launched.tail(log, 80));
            }
            return log;
        }
    }
}
