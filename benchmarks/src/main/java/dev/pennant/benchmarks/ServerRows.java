package dev.pennant.benchmarks;

import dev.pennant.benchmarks.apps.BareJavalinCalculatorMain;
import dev.pennant.benchmarks.apps.PennantCalculatorMain;
import dev.pennant.benchmarks.http.KeepAliveClient;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows measured against running servers: predict throughput and latency, resident memory,
 * the queue path and flagging over HTTP. Pennant and bare Javalin run side by side as child
 * processes and take turns (Pennant, bare, Pennant, bare, …) so a noisy neighbour hits both.
 */
final class ServerRows {
    private static final String BARE = "bare Javalin + Jackson";

    private ServerRows() {}

    static List<Row> measure(Settings settings, FlagRows.RawAppend rawAppend) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (ChildServer pennant = ChildServer.start(PennantCalculatorMain.class);
                ChildServer bare = ChildServer.start(BareJavalinCalculatorMain.class)) {
            pennant.nanosToFirstConfig();
            bare.nanosToFirstConfig();
            Thread.sleep(settings.settleMillis());
            double pennantIdle = mib(pennant.residentKib());
            double bareIdle = mib(bare.residentKib());

            List<LoadGenerator.Result> pennantRuns = new ArrayList<>();
            List<LoadGenerator.Result> bareRuns = new ArrayList<>();
            long pennantPeak = 0;
            long barePeak = 0;
            for (int round = 0; round < settings.rounds(); round++) {
                try (RssSampler sampler = new RssSampler(pennant)) {
                    pennantRuns.add(predictLoad(pennant, settings));
                    sampler.close();
                    pennantPeak = Math.max(pennantPeak, sampler.peakKib());
                }
                try (RssSampler sampler = new RssSampler(bare)) {
                    bareRuns.add(predictLoad(bare, settings));
                    sampler.close();
                    barePeak = Math.max(barePeak, sampler.peakKib());
                }
            }
            String clients = settings.clients() + " clients";
            rows.add(Row.measured("predict throughput, calculator, " + clients, "req/s", BARE,
                    median(pennantRuns, LoadGenerator.Result::perSecond), median(bareRuns, LoadGenerator.Result::perSecond),
                    Target.atLeast(0.9)));
            rows.add(Row.measured("predict latency p50, " + clients, "ms", BARE,
                    median(pennantRuns, LoadGenerator.Result::p50Millis), median(bareRuns, LoadGenerator.Result::p50Millis),
                    Target.NONE));
            rows.add(Row.measured("predict latency p99, " + clients, "ms", BARE,
                    median(pennantRuns, LoadGenerator.Result::p99Millis), median(bareRuns, LoadGenerator.Result::p99Millis),
                    Target.atMost(1.2)));
            rows.add(Row.measured("resident memory, idle", "MiB", "bare Javalin calculator", pennantIdle, bareIdle,
                    Target.NONE));
            rows.add(Row.measured("resident memory, peak under predict load", "MiB", "bare Javalin calculator",
                    mib(pennantPeak), mib(barePeak), Target.NONE));

            rows.addAll(queueRows(pennant, settings, pennantRuns));
            rows.add(flagRow(pennant, settings, rawAppend));
        }
        return rows;
    }

    private static LoadGenerator.Result predictLoad(ChildServer server, Settings settings) throws Exception {
        return LoadGenerator.run(server::client, settings.clients(), settings.warmupRequestsPerClient(),
                settings.requestsPerClient(), (client, clientIndex, sequence) -> CalculatorRequests.predict(client));
    }

    private static List<Row> queueRows(ChildServer pennant, Settings settings, List<LoadGenerator.Result> runPath)
            throws Exception {
        String baseline = "Pennant, run path (same work)";
        String throughput = "queue path (join + SSE) throughput, " + settings.clients() + " clients";
        String latency = "queue path (join + SSE) latency p50";
        boolean available;
        try (KeepAliveClient client = pennant.client()) {
            available = QueueRequests.join(client, "benchprobe").status() != 404;
        }
        if (!available) {
            String why = "not available in this build (no " + QueueRequests.JOIN_PATH + ")";
            return List.of(Row.unavailable(throughput, "req/s", baseline, Target.NONE, why),
                    Row.unavailable(latency, "ms", baseline, Target.NONE, why));
        }
        List<LoadGenerator.Result> queueRuns = new ArrayList<>();
        QueueRequests[] clients = new QueueRequests[settings.clients()];
        try {
            for (int c = 0; c < clients.length; c++) {
                clients[c] = new QueueRequests(pennant, c);
            }
            for (int round = 0; round < settings.rounds(); round++) {
                // each client thread uses its own QueueRequests (two connections); the plain client goes unused
                queueRuns.add(LoadGenerator.run(pennant::client, settings.clients(), settings.warmupRequestsPerClient(),
                        settings.requestsPerClient(), (unused, clientIndex, sequence) -> clients[clientIndex].predict()));
            }
        } finally {
            for (QueueRequests client : clients) {
                if (client != null) {
                    client.close();
                }
            }
        }
        return List.of(
                Row.measured(throughput, "req/s", baseline, median(queueRuns, LoadGenerator.Result::perSecond),
                        median(runPath, LoadGenerator.Result::perSecond), Target.NONE),
                Row.measured(latency, "ms", baseline, median(queueRuns, LoadGenerator.Result::p50Millis),
                        median(runPath, LoadGenerator.Result::p50Millis), Target.NONE));
    }

    /**
     * Each flag names its own prediction (flagging one event twice writes one row), so the events are
     * made first and only the flags are timed; every acknowledged flag is a row forced to disk.
     */
    private static Row flagRow(ChildServer pennant, Settings settings, FlagRows.RawAppend rawAppend) throws Exception {
        int clients = settings.clients();
        int perClient = Math.max(1, settings.flags() / clients);
        int warmup = 1;
        String[][] events = new String[clients][warmup + perClient];
        LoadGenerator.run(pennant::client, clients, 0, warmup + perClient, (client, clientIndex, sequence) ->
                events[clientIndex][sequence] = CalculatorRequests.eventId(CalculatorRequests.predict(client)));
        LoadGenerator.Result flags = LoadGenerator.run(pennant::client, clients, warmup, perClient,
                (client, clientIndex, sequence) -> CalculatorRequests.flag(client, events[clientIndex][sequence]));
        return Row.measured("flag over HTTP, CSVLogger, on disk when acknowledged, " + clients + " clients", "flags/s",
                "raw FileChannel append + force", flags.perSecond(), rawAppend.rowsPerSecond(), Target.atLeast(0.5));
    }

    private static double median(List<LoadGenerator.Result> runs, java.util.function.ToDoubleFunction<LoadGenerator.Result> figure) {
        return Stats.median(runs.stream().mapToDouble(figure).toArray());
    }

    private static double mib(long kib) {
        return kib / 1024.0;
    }
}
