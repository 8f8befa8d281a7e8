package dev.pennant.server;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import dev.pennant.testapp.FlagDirs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test app served on a free port for each test, flagging into a fresh temporary directory:
 * {@code @RegisterExtension final ServedApp app = ServedApp.serving(Calculator.class);}.
 * Started before the test's own {@code @BeforeEach} methods and closed after its {@code @AfterEach}.
 */
final class ServedApp implements BeforeEachCallback, AfterEachCallback {
    private final Class<?> demo;
    private final UnaryOperator<Pennant.Builder> settings;
    Path flaggingDir;
    PennantServer server;
    Http http;
    private Path temp;

    private ServedApp(Class<?> demo, UnaryOperator<Pennant.Builder> settings) {
        this.demo = demo;
        this.settings = settings;
    }

    static ServedApp serving(Class<?> demo) {
        return new ServedApp(demo, UnaryOperator.identity());
    }

    /** With builder settings beyond the defaults, e.g. {@code b -> b.maxQueueSize(2)}. */
    static ServedApp serving(Class<?> demo, UnaryOperator<Pennant.Builder> settings) {
        return new ServedApp(demo, settings);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        temp = Files.createTempDirectory("pennant-test");
        flaggingDir = temp.resolve("flagged");
        FlagDirs.use(flaggingDir);
        server = settings.apply(Pennant.builder().serve(demo).port(0).environment(Map.of())).start();
        http = new Http(server);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.close();
        try (Stream<Path> paths = Files.walk(temp)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
