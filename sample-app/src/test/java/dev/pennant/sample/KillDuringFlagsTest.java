package dev.pennant.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} while eight clients flag over HTTP: every flag the server acknowledged is in the
 * log exactly once, and the log parses. A row the killed process was half-way through writing (never
 * acknowledged) is completed, keeping its bytes, by the next flag after the restart.
 */
class KillDuringFlagsTest {
    static final int CLIENTS = 8;
    static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @Test
    void everyAcknowledgedFlagSurvivesAKillAndTheLogParses() throws Exception {
        Path dir = Path.of("kill-suite").toAbsolutePath();
        RunningDemo.deleteRecursively(dir);
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        SuiteProcess server = new SuiteProcess(dir);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            SuiteProcess.Client alice = server.login("alice", SuiteServer.USERS[0][1]);
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    try {
                        while (true) {
                            int i = next.getAndIncrement();
                            RunningDemo.Response prediction = alice.post("/gradio_api/run/predict", "{\"data\": [" + i + ", \"add\", 0]}");
                            RunningDemo.Response flag = alice.post("/gradio_api/flag/predict",
                                    BadInputSuiteTest.flag(prediction.json().get("event_id").textValue(), null));
                            if (flag.status() == 200) {
                                acknowledged.add(String.valueOf(i));
                            }
                        }
                    } catch (RuntimeException connectionLost) {
                        return null;   // the server was killed
                    }
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
                assertTrue(System.nanoTime() < deadline,
                        "only " + acknowledged.size() + " of " + ACKNOWLEDGED_BEFORE_KILL + " flags acknowledged in two minutes");
                Thread.sleep(5);
            }
            server.kill();
            for (Future<?> client : running) {
                client.get(60, TimeUnit.SECONDS);   // each ends when its connection is lost
            }
        } finally {
            server.close();
            clients.shutdownNow();
        }

        try (SuiteProcess restarted = new SuiteProcess(dir)) {
            SuiteProcess.Client alice = restarted.login("alice", SuiteServer.USERS[0][1]);
            RunningDemo.Response prediction = alice.post("/gradio_api/run/predict", "{\"data\": [-1, \"add\", 0]}");
            assertEquals(200, alice.post("/gradio_api/flag/predict",
                    BadInputSuiteTest.flag(prediction.json().get("event_id").textValue(), null)).status());
            List<String> logged = FlagLog.rows(restarted.app.resolve("flagged/logs.csv")).stream().map(r -> r.get("num1")).toList();
            for (String value : acknowledged) {
                assertEquals(1, logged.stream().filter(value::equals).count(), "acknowledged flag " + value + " is in the log once");
            }
            assertEquals(logged.size(), new java.util.HashSet<>(logged).size(), "no row twice");
            assertTrue(logged.size() <= acknowledged.size() + CLIENTS + 1, "at most the in-flight flags besides the acknowledged ones");
            assertEquals("-1", logged.get(logged.size() - 1));
        }
    }
}
