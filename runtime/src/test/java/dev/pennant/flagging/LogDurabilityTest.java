package dev.pennant.flagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.testing.ChildJvm;
import dev.pennant.testing.FlagWriter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log never loses a row: other processes, a killed process, rows left unfinished, counts. */
class LogDurabilityTest {
    @TempDir
    Path temp;

    @Test
    void twoProcessesAppendingToOneDirectoryWriteEveryRowExactlyOnceWithTrueCounts() throws Exception {
        int perThread = 150;
        int threads = 2;
        Process a = ChildJvm.start(FlagWriter.class, Map.of(), temp.toString(), "a", String.valueOf(perThread), String.valueOf(threads));
        Process b = ChildJvm.start(FlagWriter.class, Map.of(), temp.toString(), "b", String.valueOf(perThread), String.valueOf(threads));
        CompletableFuture<List<String>> outA = CompletableFuture.supplyAsync(() -> lines(a));
        CompletableFuture<List<String>> outB = CompletableFuture.supplyAsync(() -> lines(b));
        assertTrue(a.waitFor(120, TimeUnit.SECONDS) && b.waitFor(120, TimeUnit.SECONDS), "writers finished");
        assertEquals(0, a.exitValue(), new String(a.getErrorStream().readAllBytes()));
        assertEquals(0, b.exitValue(), new String(b.getErrorStream().readAllBytes()));
        int total = 2 * perThread * threads;

        Set<Integer> counts = new HashSet<>();
        for (String line : concat(outA.get(), outB.get())) {
            counts.add(Integer.parseInt(line.split(" ")[3]));
        }
        Set<Integer> expectedCounts = new HashSet<>();
        for (int i = 1; i <= total; i++) {
            expectedCounts.add(i);
        }
        assertEquals(expectedCounts, counts, "each flag was told the file's true row count, 1 to " + total);

        List<CSVRecord> records = parse(temp.resolve("logs.csv"));
        assertEquals(List.of("writer", "n", "Output"), records.get(0).toList());
        Set<String> rows = new HashSet<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            assertEquals("row " + record.get(1) + ",\n\"quoted\"", record.get(2), "no row is interleaved with another");
            assertTrue(rows.add(record.get(0) + record.get(1)), "no row twice: " + record);
        }
        assertEquals(total, rows.size(), "no row lost");
    }

    @Test
    void aProcessKilledWhileFlaggingLeavesAFileThatParsesWithEveryAcknowledgedFlag() throws Exception {
        Process writer = ChildJvm.start(FlagWriter.class, Map.of(), temp.toString(), "k", "0", "4");
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < 400 && (line = out.readLine()) != null) {
                acknowledged.add(line.split(" ")[2]);
            }
            // SIGKILL without closing our end of the pipe (Process.destroyForcibly would close it).
            writer.toHandle().destroyForcibly();
            // Acknowledgements printed just before the kill count too.
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acknowledged.add(line.split(" ")[2]);
                }
            }
        }
        assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        assertTrue(acknowledged.size() >= 400, "the writer was flagging when killed");

        List<CSVRecord> records = parse(temp.resolve("logs.csv"));
        Set<String> onDisk = new HashSet<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            onDisk.add(record.get(1));
        }
        assertTrue(onDisk.containsAll(acknowledged), "every acknowledged flag is in the file");

        // The next writer continues the same file.
        CSVLogger next = new CSVLogger();
        next.setup(FlagWriter.COMPONENTS, temp);
        assertEquals(records.size(), next.flag(List.of("after", 1, "x"), null, null));
    }

    @Test
    void anUnfinishedLastRowIsCompletedKeepingItsBytesSoTheFileParses() throws Exception {
        Files.writeString(temp.resolve("logs.csv"), "writer,n,Output\na,1,done\nb,2,\"half a val");
        CSVLogger logger = new CSVLogger();
        logger.setup(FlagWriter.COMPONENTS, temp);
        assertEquals(3, logger.flag(List.of("c", 3, "whole"), null, null));
        List<CSVRecord> records = parse(temp.resolve("logs.csv"));
        assertEquals(4, records.size());
        assertEquals(List.of("b", "2", "half a val"), records.get(2).toList());
        assertEquals(List.of("c", "3", "whole"), records.get(3).toList());
    }

    @Test
    void theCountIncludesRowsAnotherWriterAppendedMeanwhile() throws Exception {
        CSVLogger one = new CSVLogger();
        CSVLogger other = new CSVLogger();
        one.setup(FlagWriter.COMPONENTS, temp);
        other.setup(FlagWriter.COMPONENTS, temp);
        assertEquals(1, one.flag(List.of("one", 1, "x"), null, null));
        assertEquals(2, other.flag(List.of("other", 1, "x"), null, null));
        assertEquals(3, one.flag(List.of("one", 2, "x"), null, null));
    }

    @Test
    void eightThreadsTimesFiveHundredFlagsGiveExactlyThatManyRows() throws Exception {
        CSVLogger logger = new CSVLogger();
        logger.setup(FlagWriter.COMPONENTS, temp.resolve("deep/er"));
        List<Thread> threads = new ArrayList<>();
        Set<Integer> counts = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < 8; t++) {
            String writer = "t" + t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    try {
                        counts.add(logger.flag(List.of(writer, i, "row " + i + ",\n\"quoted\""), null, null));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(List.of(), failures);
        assertEquals(4000, counts.size(), "every flag got its own count");
        List<CSVRecord> records = parse(temp.resolve("deep/er/logs.csv"));
        assertEquals(4001, records.size());
        Set<String> rows = new HashSet<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            assertEquals("row " + record.get(1) + ",\n\"quoted\"", record.get(2));
            rows.add(record.get(0) + "/" + record.get(1));
        }
        assertEquals(4000, rows.size());
    }

    static List<CSVRecord> parse(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
            return parser.getRecords();
        }
    }

    private static List<String> lines(Process process) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            return out.lines().filter(line -> line.startsWith("ack ")).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
