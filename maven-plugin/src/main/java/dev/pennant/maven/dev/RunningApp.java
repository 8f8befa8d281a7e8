package dev.pennant.maven.dev;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

/**
 * The app running in its own class loader: the freshly compiled classes, the project's runtime class
 * path and the launcher, over the JDK's platform loader only, so nothing of Maven or of an earlier
 * build is visible. Closing it stops the server and drops the loader.
 */
final class RunningApp implements AutoCloseable {
    static final String LAUNCHER = "dev.pennant.maven.launch.DevLauncher";

    private final URLClassLoader loader;
    private final AutoCloseable server;
    private final int port;

    private RunningApp(URLClassLoader loader, AutoCloseable server, int port) {
        this.loader = loader;
        this.server = server;
        this.port = port;
    }

    /**
     * @param classpath the app's class path, the launcher's location included
     * @throws Exception whatever stopped the start, e.g. a failing flagging callback setup
     */
    static RunningApp start(List<Path> classpath, String host, int port) throws Exception {
        URLClassLoader loader = new URLClassLoader("pennant-dev-app", urls(classpath), ClassLoader.getPlatformClassLoader());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // The server's threads are created now and inherit this, so the runtime's ServiceLoader sees the app.
        thread.setContextClassLoader(loader);
        try {
            @SuppressWarnings("unchecked")
            BiFunction<String, Integer, AutoCloseable> launcher = (BiFunction<String, Integer, AutoCloseable>)
                    loader.loadClass(LAUNCHER).getConstructor().newInstance();
            AutoCloseable server = launcher.apply(host, port);
            return new RunningApp(loader, server, ((IntSupplier) server).getAsInt());
        } catch (Exception | LinkageError e) {
            closeLoader(loader);
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Where the launcher class is: this plugin's jar (or its classes directory in a build). */
    static Path launcherLocation() {
        try {
            return Path.of(RunningApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            closeLoader(loader);
        }
    }

    private static void closeLoader(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // only jar handles; the next build uses a new loader either way
        }
    }

    private static URL[] urls(List<Path> classpath) throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            urls.add(entry.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
