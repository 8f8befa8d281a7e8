package dev.pennant.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The sample app's committed example directories ({@code sample-app/examples/}), copied to where the
 * demos look for them. The demos name them relative to the repository root (where the quickstart
 * runs); the tests run in {@code sample-app/target/e2e}, so they get a copy at
 * {@code target/e2e/sample-app/examples/}.
 */
final class SampleExamples {
    private SampleExamples() {}

    /** Into the tests' working directory. */
    static void install() {
        installInto(Path.of(""));
    }

    /** Into another directory a demo runs in (a child JVM's working directory). */
    static synchronized void installInto(Path workingDirectory) {
        Path source = Path.of("../../examples").toAbsolutePath().normalize();
        Path target = workingDirectory.resolve("sample-app/examples").toAbsolutePath();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the sample app's examples from " + source, e);
        }
    }
}
