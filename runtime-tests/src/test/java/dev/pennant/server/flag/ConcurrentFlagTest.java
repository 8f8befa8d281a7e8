package dev.pennant.server.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Calculator;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** 8 threads × 500 predictions and flags over HTTP: every acknowledged flag is one whole row. */
class ConcurrentFlagTest {
    static final int THREADS = 8;
    static final int PER_THREAD = 500;

    @RegisterExtension
    final ServedApp app = ServedApp.serving(Calculator.class);

    @Test
    void concurrentFlagsLoseAndInterleaveNothing() throws Exception {
        Http http = app.http;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                List<Integer> counts = new ArrayList<>();
                for (int i = 0; i < PER_THREAD; i++) {
                    Http.Response run = http.run("predict", "[" + thread + ", \"add\", " + i + "]");
                    Http.Response flag = http.flag("predict", run.json().get("event_id").asText(), null);
                    assertEquals(200, flag.status(), flag.body());
                    counts.add(flag.json().get("count").asInt());
                }
                return counts;
            }));
        }
        Set<Integer> counts = new HashSet<>();
        for (Future<List<Integer>> result : results) {
            counts.addAll(result.get());
        }
        pool.shutdown();
        assertEquals(THREADS * PER_THREAD, counts.size(), "every flag got its own count");

        List<CSVRecord> records;
        try (Reader reader = Files.newBufferedReader(app.flaggingDir.resolve("logs.csv"));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
            records = parser.getRecords();
        }
        assertEquals(THREADS * PER_THREAD + 1, records.size());
        assertEquals(List.of("num1", "operation", "num2", "Output"), records.get(0).toList());
        Set<String> rows = new HashSet<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            assertEquals(4, record.size());
            int a = Integer.parseInt(record.get(0));
            int b = Integer.parseInt(record.get(2));
            assertEquals(a + b, Integer.parseInt(record.get(3)));
            rows.add(a + "+" + b);
        }
        assertEquals(THREADS * PER_THREAD, rows.size(), "no row lost or duplicated");
    }
}
