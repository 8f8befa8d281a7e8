package dev.pennant.server;

import dev.pennant.PennantServer;
import io.javalin.Javalin;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/** A started Javalin app behind the {@link PennantServer} handle. */
final class RunningServer implements PennantServer {
    private final Javalin app;
    private final URI uri;
    private final int port;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<AutoCloseable> resources;

    /**
     * @param resources closed in order after the server stops: the server's own threads and stores
     *     (the flag dispatch, the uploaded and produced files)
     */
    RunningServer(Javalin app, String host, List<AutoCloseable> resources) {
        this.app = app;
        this.resources = List.copyOf(resources);
        this.port = app.port();
        this.uri = URI.create("http://" + uriHost(host) + ":" + port + "/");
    }

    /** A wildcard bind is reachable on loopback; IPv6 literals need brackets in a URL. */
    static String uriHost(String host) {
        if (host.equals("0.0.0.0")) {
            return "127.0.0.1";
        }
        if (host.equals("::") || host.equals("[::]")) {
            return "[::1]";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public void block() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(RunningServer.class).warn("Could not clean up after the server", e);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                app.stop();
            } finally {
                resources.forEach(RunningServer::closeQuietly);
                stopped.countDown();
            }
        }
    }
}
