package dev.pennant.benchmarks;

import dev.pennant.benchmarks.http.KeepAliveClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * A closed-loop load: {@code clients} threads, each on its own keep-alive connection, each sending
 * a fixed number of warm-up requests and then a fixed number of measured ones back to back.
 * Throughput is measured requests over the wall time from the moment every client has finished its
 * warm-up to the moment the last one is done; latencies are per request.
 */
final class LoadGenerator {

    /** One request; {@code sequence} counts from 0 over warm-up then measured requests of one client. */
    @FunctionalInterface
    interface Call {
        void run(KeepAliveClient client, int clientIndex, int sequence) throws Exception;
    }

    record Result(double perSecond, double p50Millis, double p99Millis, double meanMillis) {}

    private LoadGenerator() {}

    static Result run(Supplier<KeepAliveClient> connect, int clients, int warmup, int measured, Call call)
            throws Exception {
        CyclicBarrier warmedUp = new CyclicBarrier(clients + 1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int clientIndex = c;
                futures.add(pool.submit(() -> {
                    try (KeepAliveClient client = connect.get()) {
                        for (int i = 0; i < warmup; i++) {
                            call.run(client, clientIndex, i);
                        }
                        warmedUp.await();
                        long[] latencies = new long[measured];
                        for (int i = 0; i < measured; i++) {
                            long start = System.nanoTime();
                            call.run(client, clientIndex, warmup + i);
                            latencies[i] = System.nanoTime() - start;
                        }
                        return latencies;
                    } catch (Exception e) {
                        warmedUp.reset();   // let the others fail fast instead of waiting forever
                        throw e;
                    }
                }));
            }
            warmedUp.await();
            long start = System.nanoTime();
            long[] all = new long[clients * measured];
            int at = 0;
            for (Future<long[]> future : futures) {
                long[] latencies = future.get();
                System.arraycopy(latencies, 0, all, at, latencies.length);
                at += latencies.length;
            }
            long elapsed = System.nanoTime() - start;
            double sum = 0;
            for (long latency : all) {
                sum += latency;
            }
            return new Result(all.length / (elapsed / 1e9), Stats.percentile(all, 50) / 1e6,
                    Stats.percentile(all, 99) / 1e6, sum / all.length / 1e6);
        } finally {
            pool.shutdownNow();
        }
    }
}
