package dev.pennant.server;

import dev.pennant.Pennant;
import dev.pennant.PennantServer;
import dev.pennant.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Test apps served on free ports, with the flagging directory empty before each test:
 * {@code @RegisterExtension final ServedApp app = ServedApp.serving(Calculator.class);} starts one before
 * the test's own {@code @BeforeEach} methods; {@code ServedApp.perTest()} leaves it to the test to
 * {@link #start} the servers it needs (after writing what they read at launch). Every server is closed
 * after the test's {@code @AfterEach} methods.
 *
 * <p>The demos are compiled by the processor, so their flagging directories are the constants they
 * declare, all under {@code flagged/} in the working directory (Surefire's, {@code target/served}).
 * The tests of a module run one after another, so emptying it around each test isolates them.
 */
public final class ServedApp implements BeforeEachCallback, AfterEachCallback {
    /** Where every demo flags: {@code flagged/} in the working directory, or a folder inside it. */
    public static final Path FLAGGED = Path.of("flagged").toAbsolutePath();

    /** Starts the server before the test, given the test's temporary directory; null to let the test start it. */
    private final Function<Path, PennantServer> starter;
    private final List<PennantServer> started = new ArrayList<>();
    /** The test's own temporary directory in the working directory, deleted after the test. */
    public Path temp;
    /** {@link #FLAGGED}, empty when the test starts. */
    public Path flaggingDir;
    /** The first server started for the test, and a client for it. */
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
        return new ServedApp(temp -> settings.apply(builder(targets), temp).start());
    }

    /** With settings users cannot make, straight on the server's launcher (e.g. a short heartbeat). */
    static ServedApp launching(Class<?> demo, UnaryOperator<ServerLauncher> settings) {
        return new ServedApp(temp -> settings.apply(new ServerLauncher().serve(demo).port(0).environment(Map.of())).start());
    }

    /** No server until the test calls {@link #start}: for tests that serve different demos or settings. */
    public static ServedApp perTest() {
        return new ServedApp(null);
    }

    /** Pennant's builder as the tests use it: these targets, a free port and no {@code GRADIO_*} variables. */
    public static Pennant.Builder builder(Object... targets) {
        Pennant.Builder builder = Pennant.builder().port(0).environment(Map.of());
        for (Object target : targets) {
            builder.serve(target);
        }
        return builder;
    }

    /**
     * Starts a server, closed after the test (or earlier by the test itself: closing twice is harmless).
     * The first one becomes {@link #server}, with {@link #http} for it.
     */
    public PennantServer start(Pennant.Builder builder) {
        PennantServer running = builder.start();
        started.add(running);
        if (server == null) {
            server = running;
            http = new Http(running);
        }
        return running;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        flaggingDir = FLAGGED;
        Trees.delete(flaggingDir);
        // beside flagged/, so a test may move its folders there and back on one file system
        temp = Files.createTempDirectory(FLAGGED.getParent(), "test-");
        if (starter != null) {
            PennantServer running = starter.apply(temp);
            started.add(running);
            server = running;
            http = new Http(running);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            for (int i = started.size() - 1; i >= 0; i--) {
                started.get(i).close();
            }
        } finally {
            started.clear();
            Trees.delete(temp);
            Trees.delete(flaggingDir);
        }
    }
}
