package dev.pennant.maven.dev;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the dev mode needs to know about a project, as plain paths (so it runs without Maven in tests).
 *
 * @param projectDir the project's directory; messages name files relative to it
 * @param sourceRoots the directories with the {@code .java} files to compile and watch
 * @param resourceRoots directories put on the app's class path as they are, and watched
 * @param compileClasspath what the sources compile against (not the project's own output)
 * @param runtimeClasspath what the app runs with besides its classes (not the project's own output)
 * @param processorPath the annotation processor path; empty when javac should look on the class path
 * @param compilerOptions javac options such as {@code --release 17}
 * @param workDir where each build's classes go; deleted at start
 * @param host the address the app and the error page bind
 * @param port the port to bind, 0 for any free one (kept for every reload after the first)
 * @param pollInterval how often the sources are checked for changes
 */
public record DevSettings(
        Path projectDir,
        List<Path> sourceRoots,
        List<Path> resourceRoots,
        List<Path> compileClasspath,
        List<Path> runtimeClasspath,
        Optional<List<Path>> processorPath,
        List<String> compilerOptions,
        Path workDir,
        String host,
        int port,
        Duration pollInterval) {

    public DevSettings {
        Objects.requireNonNull(projectDir, "projectDir");
        sourceRoots = List.copyOf(sourceRoots);
        resourceRoots = List.copyOf(resourceRoots);
        compileClasspath = List.copyOf(compileClasspath);
        runtimeClasspath = List.copyOf(runtimeClasspath);
        processorPath = processorPath.map(List::copyOf);
        compilerOptions = List.copyOf(compilerOptions);
        Objects.requireNonNull(workDir, "workDir");
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
    }
}
