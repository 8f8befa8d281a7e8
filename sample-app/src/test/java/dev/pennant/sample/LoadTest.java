package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once, a fixed number of requests: predictions, uploads and flags mixed, against the
 * sample demos in their own JVM (heap capped at 256 MB). Nothing fails, and every acknowledged flag
 * is in the log exactly once.
 */
class LoadTest {
    static final int CLIENTS = 32;
    static final int REQUESTS = 3_000;

    @Test
    void thirtyTwoClientsSendingThreeThousandRequestsGetNoServerErrorAndLoseNoFlag() throws Exception {
        Path dir = Path.of("load-suite").toAbsolutePath();
        RunningDemo.deleteRecursively(dir);
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        Acknowledged acknowledged = new Acknowledged();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger classifierFlags = new AtomicInteger();
        byte[] picture = HostileFiles.png(DemoImages.WARM, 40, 30);
        try (SuiteProcess server = new SuiteProcess(dir)) {
            SuiteProcess.Client alice = server.login("alice", SuiteServer.USERS[0][1]);
            Map<Integer, AtomicInteger> counts = new ConcurrentHashMap<>();
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    while (sent.get() < REQUESTS) {
                        int i = next.getAndIncrement();
                        if (i % 8 == 7) {
                            // Upload, classify, flag with a reason: 3 requests.
                            HostileFiles.Multipart parts = new HostileFiles.Multipart().file("cat.png", picture);
                            RunningDemo.Response upload = count(counts, sent, alice.post("/gradio_api/upload",
                                    parts.contentType(), parts.bytes()));
                            String path = upload.json().get(0).textValue();
                            RunningDemo.Response prediction = count(counts, sent, alice.post("/gradio_api/run/classify",
                                    "{\"data\": [" + BadInputSuiteTest.fileData(path) + "]}"));
                            RunningDemo.Response flag = count(counts, sent, alice.post("/gradio_api/flag/classify",
                                    BadInputSuiteTest.flag(prediction.json().get("event_id").textValue(), "Other")));
                            if (flag.status() == 200) {
                                classifierFlags.incrementAndGet();
                            }
                        } else if (i % 2 == 0) {
                            // Predict and flag the calculator with a unique num1: 2 requests.
                            RunningDemo.Response prediction = count(counts, sent, alice.post("/gradio_api/run/predict",
                                    "{\"data\": [" + i + ", \"add\", 0]}"));
                            RunningDemo.Response flag = count(counts, sent, alice.post("/gradio_api/flag/predict",
                                    BadInputSuiteTest.flag(prediction.json().get("event_id").textValue(), null)));
                            if (flag.status() == 200) {
                                acknowledged.add(String.valueOf(i));
                            }
                        } else {
                            count(counts, sent, alice.post("/gradio_api/run/summarize", "{\"data\": [\"Load. Test.\"]}"));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            clients.shutdown();
            counts.forEach((status, n) -> statuses.put(status, n));

            assertEquals(java.util.Set.of(200), statuses.keySet(), "every request answered 200: " + statuses);
            assertTrue(sent.get() >= REQUESTS);

            List<CSVRecord> rows = FlagLog.rows(server.app.resolve("flagged/logs.csv"));
            List<String> logged = rows.stream().map(r -> r.get("num1")).toList();
            assertEquals(acknowledged.size(), logged.size(), "no flag lost or duplicated");
            assertEquals(acknowledged.sorted(), logged.stream().sorted().toList());
            List<CSVRecord> classified = FlagLog.rows(server.app.resolve("flagged-classifier/logs.csv"));
            assertEquals(classifierFlags.get(), classified.size());
            for (CSVRecord row : classified) {
                assertTrue(Files.isRegularFile(server.app.resolve("flagged-classifier").resolve(row.get("im"))), row.toString());
            }
        }
    }

    private static RunningDemo.Response count(Map<Integer, AtomicInteger> counts, AtomicInteger sent, RunningDemo.Response response) {
        sent.incrementAndGet();
        counts.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
        if (response.status() != 200) {
            throw new AssertionError("answered " + response.status() + ": " + response.body());
        }
        return response;
    }

    /** The acknowledged num1 values, safe to add to from every client. */
    static final class Acknowledged {
        private final ConcurrentLinkedQueue<String> values = new ConcurrentLinkedQueue<>();

        void add(String value) {
            values.add(value);
        }

        int size() {
            return values.size();
        }

        List<String> sorted() {
            return values.stream().sorted().toList();
        }
    }
}
