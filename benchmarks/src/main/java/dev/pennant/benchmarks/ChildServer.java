package dev.pennant.benchmarks;

import dev.pennant.benchmarks.apps.ReadyLine;
import dev.pennant.benchmarks.http.HttpResponse;
import dev.pennant.benchmarks.http.KeepAliveClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server in its own JVM — {@code java} from {@code java.home}, this process's class path, the
 * same flags for Pennant and its baseline — so startup and resident memory are the server's alone.
 * It runs in a fresh temporary directory (its {@code flagged/} folder lands there) on a port the
 * OS picks, which it reports on stdout. Extra JVM flags for every child (e.g. a Flight Recorder
 * profile) come from {@code -Dpennant.bench.childJvmArgs="…"}.
 */
public final class ChildServer implements AutoCloseable {
    private static final long READY_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final Path directory;
    private final int port;
    private final long startNanos;

    private ChildServer(Process process, Path directory, int port, long startNanos) {
        this.process = process;
        this.directory = directory;
        this.port = port;
        this.startNanos = startNanos;
    }

    /** Starts {@code mainClass} and returns once it has printed its port. */
    public static ChildServer start(Class<?> mainClass) throws IOException {
        Path directory = Files.createTempDirectory("pennant-bench-");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String extra = System.getProperty("pennant.bench.childJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectError(directory.resolve("stderr.log").toFile());
        builder.environment().put("GRADIO_SERVER_PORT", "0");
        builder.environment().remove("GRADIO_FLAGGING_MODE");
        long startNanos = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> readPort(process));
        try {
            return new ChildServer(process, directory, port.get(READY_TIMEOUT_SECONDS, TimeUnit.SECONDS), startNanos);
        } catch (Exception e) {
            process.destroyForcibly();
            String log = Files.exists(directory.resolve("stderr.log")) ? Files.readString(directory.resolve("stderr.log")) : "";
            throw new IOException(mainClass.getSimpleName() + " did not report a port"
                    + (e instanceof TimeoutException ? " in time" : "") + "; its stderr:\n" + log, e);
        }
    }

    /** Reads stdout until the ready line, then keeps draining it so the child never blocks on a full pipe. */
    private static int readPort(Process process) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(ReadyLine.PREFIX)) {
                    int port = Integer.parseInt(line.substring(ReadyLine.PREFIX.length()).trim());
                    Thread drain = new Thread(() -> drain(reader), "child-stdout");
                    drain.setDaemon(true);
                    drain.start();
                    return port;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the child exited before printing its port");
    }

    private static void drain(BufferedReader reader) {
        try {
            while (reader.readLine() != null) {
                // discard
            }
        } catch (IOException ignored) {
            // the child is gone
        }
    }

    /** Polls {@code GET /config} until it answers 200; returns the nanoseconds since the process was started. */
    public long nanosToFirstConfig() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            try (KeepAliveClient client = client()) {
                HttpResponse response = client.get("/config");
                if (response.status() == 200) {
                    return System.nanoTime() - startNanos;
                }
            } catch (IOException notYet) {
                // not accepting yet
            }
            Thread.sleep(1);
        }
        throw new IOException("GET /config never answered 200");
    }

    public KeepAliveClient client() {
        return new KeepAliveClient("127.0.0.1", port);
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    /** Resident set size in KiB from {@code /proc/<pid>/status} (Linux). */
    public long residentKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS line for process " + process.pid());
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        TempFiles.deleteTree(directory);
    }
}
