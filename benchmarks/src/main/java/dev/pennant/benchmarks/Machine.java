package dev.pennant.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on, for the report's header. */
final class Machine {
    private Machine() {}

    static String describe() {
        return String.format(Locale.ROOT, "%s, %d cores, %s RAM; JDK %s (%s, %s)", cpuModel(),
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("java.vendor"));
    }

    private static String cpuModel() {
        return procField(Path.of("/proc/cpuinfo"), "model name", System.getProperty("os.arch"));
    }

    private static String memory() {
        String kib = procField(Path.of("/proc/meminfo"), "MemTotal", null);
        if (kib == null) {
            return "unknown";
        }
        return String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(kib.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0);
    }

    private static String procField(Path file, String field, String fallback) {
        try {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith(field)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux; fall back
        }
        return fallback;
    }
}
