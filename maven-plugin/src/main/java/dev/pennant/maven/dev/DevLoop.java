package dev.pennant.maven.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The dev mode: builds and serves the project, then watches its sources; on every change it
 * recompiles into a fresh directory and restarts the server in a fresh class loader on the same
 * port. While the sources do not compile (or the app cannot start) an {@link ErrorPage} answers on
 * that port with the compiler's messages, which also go to the console. Flagged data lives on disk
 * and survives every reload.
 */
public final class DevLoop implements AutoCloseable {
    private final DevSettings settings;
    private final Console console;
    private final SourceCompiler compiler;
    private final List<Path> watched;
    private final Object lock = new Object();
    private int port;
    private int buildNumber;
    private AutoCloseable serving;
    private volatile boolean closed;

    public DevLoop(DevSettings settings, Console console) {
        this.settings = settings;
        this.console = console;
        this.compiler = new SourceCompiler(settings.projectDir(), settings.compileClasspath(), settings.processorPath(),
                settings.compilerOptions());
        List<Path> roots = new ArrayList<>(settings.sourceRoots());
        roots.addAll(settings.resourceRoots());
        this.watched = List.copyOf(roots);
        this.port = settings.port();
    }

    /** Builds, serves, and reloads on every change until {@link #close()} or an interrupt. */
    public void run() throws InterruptedException {
        deleteTree(settings.workDir());
        console.info("Dev mode: watching " + relative(settings.sourceRoots()) + "; save a file to reload, Ctrl+C to stop");
        SourceSnapshot seen = SourceSnapshot.of(watched);
        rebuild(seen);
        while (!closed) {
            Thread.sleep(settings.pollInterval().toMillis());
            SourceSnapshot now = SourceSnapshot.of(watched);
            if (now.equals(seen)) {
                continue;
            }
            // Editors save in several steps (and "save all" touches many files): wait until it settles.
            do {
                seen = now;
                Thread.sleep(settings.pollInterval().toMillis());
                now = SourceSnapshot.of(watched);
            } while (!now.equals(seen) && !closed);
            if (!closed) {
                rebuild(seen);
            }
        }
    }

    /** The port the app (or the error page) answers on; the bound one when 0 was asked for. */
    public int port() {
        synchronized (lock) {
            return port;
        }
    }

    private void rebuild(SourceSnapshot sources) {
        long started = System.nanoTime();
        Path build = settings.workDir().resolve("build-" + (++buildNumber));
        CompileResult result;
        try {
            result = compiler.compile(sources.javaSources(), build.resolve("classes"), build.resolve("generated-sources"));
        } catch (IOException e) {
            result = new CompileResult(List.of("error: " + e), List.of());
        }
        long compiled = System.nanoTime();
        result.warnings().forEach(console::warn);
        synchronized (lock) {
            if (closed) {
                return;
            }
            stopServing();
            if (!result.succeeded()) {
                result.errors().forEach(console::error);
                showError("Compilation failed", String.join("\n\n", result.errors()));
            } else {
                startApp(build.resolve("classes"), started, compiled);
            }
        }
        deleteOlderBuilds(build);
    }

    private void startApp(Path classes, long started, long compiled) {
        List<Path> classpath = new ArrayList<>();
        classpath.add(classes);
        classpath.addAll(settings.resourceRoots());
        classpath.addAll(settings.runtimeClasspath());
        classpath.add(RunningApp.launcherLocation());
        try {
            RunningApp app = RunningApp.start(classpath, settings.host(), port);
            serving = app;
            port = app.port();
            console.info((buildNumber == 1 ? "Started" : "Reloaded") + " in " + millis(started, System.nanoTime())
                    + " ms (compiling " + millis(started, compiled) + " ms): http://" + settings.host() + ":" + port + "/");
        } catch (Exception | LinkageError e) {
            console.error("The app did not start", e);
            showError("The app did not start", describe(e));
        }
    }

    private void showError(String headline, String details) {
        try {
            ErrorPage page = ErrorPage.serve(settings.host(), port, headline, details);
            serving = page;
            port = page.port();
            console.error(headline + "; http://" + settings.host() + ":" + port + "/ shows why until a saved fix reloads the app");
        } catch (IOException e) {
            console.error("Could not serve the error page on port " + port + " (" + e.getMessage()
                    + "); if another program uses the port, choose another with -Dpennant.port=…");
        }
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("\ncaused by ").append(cause);
        }
        return text.toString();
    }

    private void stopServing() {
        if (serving != null) {
            try {
                serving.close();
            } catch (Exception e) {
                console.warn("Stopping the previous build: " + e);
            }
            serving = null;
        }
    }

    private void deleteOlderBuilds(Path current) {
        try (Stream<Path> builds = Files.list(settings.workDir())) {
            for (Path build : builds.filter(build -> !build.equals(current)).toList()) {
                deleteTree(build);
            }
        } catch (IOException | UncheckedIOException e) {
            console.warn("Could not delete an older build: " + e);
        }
    }

    private String relative(List<Path> paths) {
        return String.join(", ", paths.stream()
                .map(path -> path.startsWith(settings.projectDir()) ? settings.projectDir().relativize(path).toString() : path.toString())
                .toList());
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete " + root, e);
        }
    }

    /** Stops the app (or the error page) and the watching; safe from a shutdown hook. */
    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            stopServing();
        }
    }
}
