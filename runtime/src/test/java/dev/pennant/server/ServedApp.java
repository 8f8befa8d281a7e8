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
import java.util.function.BiFunction;
import java.util.function.Function;
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
public final class ServedApp implements BeforeEachCallback, AfterEachCallback {
    /** Starts the server, given the test's temporary directory. */
    private final Function<Path, PennantServer> starter;
    /** The test's temporary directory, deleted after the test. */
    public Path temp;
    public Path flaggingDir;
    public PennantServer server;
    public Http http;

    private ServedApp(Function<Path, PennantServer> starter) {
        this.starter = starter;
    }

    /** Several classes or instances, served together as tabs. */
    public static ServedApp serving(Object... targets) {
        return serving(targets, (builder, temp) -> builder);
    }

    /** With builder settings beyond the defaults, e.g. {@code b -> b.maxQueueSize(2)}. */
    public static ServedApp serving(Class<?> demo, UnaryOperator<Pennant.Builder> settings) {
        return serving(new Object[] {demo}, (builder, temp) -> settings.apply(builder));
    }

    /** With settings that need the test's temporary directory, e.g. {@code GRADIO_TEMP_DIR} inside it. */
    public static ServedApp serving(Object[] targets, BiFunction<Pennant.Builder, Path, Pennant.Builder> settings) {
        return new ServedApp(temp -> {
            Pennant.Builder builder = Pennant.builder().port(0).environment(Map.of());
            for (Object target : targets) {
                builder.serve(target);
            }
            return settings.apply(builder, temp).start();
        });
    }

    /** With settings users cannot make, straight on the server's launcher (e.g. a short heartbeat). */
    static ServedApp launching(Class<?> demo, UnaryOperator<ServerLauncher> settings) {
        return new ServedApp(temp -> settings.apply(new ServerLauncher().serve(demo).port(0).environment(Map.of())).start());
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        temp = Files.createTempDirectory("pennant-test");
        flaggingDir = temp.resolve("flagged");
        FlagDirs.use(flaggingDir);
        server = starter.apply(temp);
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
