package dev.pennant.benchmarks;

import dev.pennant.benchmarks.apps.Calculator_calculator_PennantInterface;
import dev.pennant.flagging.CSVLogger;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Flag throughput with Pennant's guarantee — a flag is acknowledged only once its row is forced to
 * disk — against the least any logger with that guarantee must do: a raw loop that appends the same
 * CSV row to an open {@link FileChannel} and forces it each time.
 */
final class FlagRows {
    /** The calculator's flagged values (inputs, then output) and the same row as CSV text. */
    private static final List<Object> VALUES = List.of(5.0, "add", 7.0, 12.0);
    private static final byte[] HEADER = "num1,operation,num2,Output\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ROW = "5,add,7,12\n".getBytes(StandardCharsets.UTF_8);

    /** The baseline's figure, shared by the direct and the HTTP rows. */
    record RawAppend(double rowsPerSecond) {}

    private FlagRows() {}

    /** Alternates raw appends and direct CSVLogger flags; returns the direct row and the raw figure. */
    static Result measure(Settings settings) throws Exception {
        double[] raw = new double[settings.rounds()];
        double[] direct = new double[settings.rounds()];
        for (int round = 0; round < settings.rounds(); round++) {
            raw[round] = rawAppendsPerSecond(settings.flags());
            direct[round] = csvLoggerFlagsPerSecond(settings.flags());
        }
        RawAppend rawAppend = new RawAppend(Stats.median(raw));
        Row row = Row.measured("flag direct, CSVLogger.flag, on disk when it returns", "flags/s",
                "raw FileChannel append + force", Stats.median(direct), rawAppend.rowsPerSecond(), Target.atLeast(0.5));
        return new Result(row, rawAppend);
    }

    record Result(Row directRow, RawAppend rawAppend) {}

    static double rawAppendsPerSecond(int rows) throws IOException {
        Path dir = Files.createTempDirectory("pennant-bench-raw-");
        try (FileChannel channel = FileChannel.open(dir.resolve("logs.csv"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            write(channel, HEADER);
            int warmup = Math.max(1, rows / 10);
            for (int i = 0; i < warmup; i++) {
                write(channel, ROW);
            }
            long start = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                write(channel, ROW);
            }
            return rows / ((System.nanoTime() - start) / 1e9);
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    private static void write(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    static double csvLoggerFlagsPerSecond(int rows) throws Exception {
        Path dir = Files.createTempDirectory("pennant-bench-csv-");
        try {
            CSVLogger logger = new CSVLogger();
            logger.setup(new Calculator_calculator_PennantInterface().spec().components(), dir);
            int warmup = Math.max(1, rows / 10);
            for (int i = 0; i < warmup; i++) {
                logger.flag(VALUES, null, null);
            }
            long start = System.nanoTime();
            for (int i = 0; i < rows; i++) {
                logger.flag(VALUES, null, null);
            }
            double perSecond = rows / ((System.nanoTime() - start) / 1e9);
            if (Files.readAllLines(dir.resolve("logs.csv")).size() != 1 + warmup + rows) {
                throw new IllegalStateException("CSVLogger did not write one row per flag");
            }
            return perSecond;
        } finally {
            TempFiles.deleteTree(dir);
        }
    }
}
