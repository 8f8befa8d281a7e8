package dev.pennant.maven.dev;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A project in a temporary directory served by a {@link DevLoop} on a thread of this JVM, with this
 * test's class path (the runtime, the processor and the launcher) as its compile, processor and runtime
 * paths. Closing it stops the loop.
 */
final class DevProject implements AutoCloseable {
    static final Duration DEADLINE = Duration.ofSeconds(90);

    final Path dir;
    final Path sources;
    final RecordingConsole console = new RecordingConsole();
    private final DevLoop loop;
    private final Thread thread;

    DevProject(Path dir) throws IOException {
        this.dir = dir;
        this.sources = Files.createDirectories(dir.resolve("src/main/java"));
        List<Path> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(Path::of).toList();
        DevSettings settings = new DevSettings(dir, List.of(sources), List.of(), classpath, classpath,
                Optional.of(classpath), List.of("--release", "17"), dir.resolve("target/pennant-dev"), "127.0.0.1", 0,
                Duration.ofMillis(100));
        this.loop = new DevLoop(settings, console);
        this.thread = new Thread(() -> {
            try {
                loop.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dev-loop-under-test");
    }

    DevProject write(String relativePath, String text) throws IOException {
        Path file = sources.resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    DevProject start() {
        thread.start();
        return this;
    }

    /** The port once the first build answers on it (the app or the error page). */
    int port() {
        await("the first build to answer", () -> loop.port() != 0 && Http.getPage(loop.port(), "/").status() != 0);
        return loop.port();
    }

    /** Polls every 200 ms until the condition holds, failing with the dev mode's output at the deadline. */
    void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        fail("Waited " + DEADLINE.toSeconds() + " s for " + what + "; dev mode said:\n" + console.text());
    }

    @Override
    public void close() throws InterruptedException {
        loop.close();
        thread.interrupt();
        thread.join(DEADLINE.toMillis());
    }
}
