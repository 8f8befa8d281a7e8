package dev.pennant.userproject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process this test started, with its output in a file. Closing it ends it and everything it
 * started, forcibly if it does not stop within 20 seconds: nothing outlives the test.
 */
final class Launched implements AutoCloseable {
    private static final Pattern URL = Pattern.compile("Running on local URL:\\s+http://127\\.0\\.0\\.1:(\\d+)");

    private final Process process;
    private final Path log;

    private Launched(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Launched start(ProcessBuilder builder) throws IOException {
        return new Launched(builder.start(), builder.redirectOutput().file().toPath());
    }

    int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Still running after " + timeout.toSeconds() + " s:\n" + tail(log(), 60));
        }
        return process.exitValue();
    }

    /** The port of the first "Running on local URL" line, waiting for it (the process must stay up). */
    int port(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher url = URL.matcher(log());
            if (url.find()) {
                return Integer.parseInt(url.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("Exited with " + process.exitValue() + " before serving:\n" + tail(log(), 80));
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No URL after " + timeout.toSeconds() + " s:\n" + tail(log(), 80));
    }

    String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static String tail(String text, int lines) {
        String[] all = text.split("\n", -1);
        return String.join("\n", java.util.Arrays.copyOfRange(all, Math.max(0, all.length - lines), all.length));
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
