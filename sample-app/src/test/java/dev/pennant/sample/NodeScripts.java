package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs Node scripts from src/test/js, where the build installed {@code @gradio/client} with {@code npm ci}. */
final class NodeScripts {
    static final Path DIR = Path.of(System.getProperty("pennant.jsTests", "../../src/test/js"));

    record Result(int exitCode, String output) {}

    private NodeScripts() {}

    /** Runs {@code node <arguments>} in the scripts directory, optionally feeding {@code stdin}. */
    static Result run(List<String> arguments, Map<String, String> environment, String stdin) {
        assertTrue(Files.isDirectory(DIR.resolve("node_modules/@gradio/client")),
                "@gradio/client is missing: the build installs it with `npm ci` in " + DIR);
        List<String> command = new java.util.ArrayList<>();
        command.add("node");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(DIR.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process node = builder.start();
            if (stdin != null) {
                node.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            }
            node.getOutputStream().close();
            boolean finished = node.waitFor(120, TimeUnit.SECONDS);
            if (!finished) {
                node.destroyForcibly().waitFor();
            }
            String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.println(output);
            assertTrue(finished, "node did not finish within 120 s:\n" + output);
            return new Result(node.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run node; install Node.js 18+", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
