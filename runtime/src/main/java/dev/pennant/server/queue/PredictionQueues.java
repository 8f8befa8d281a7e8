package dev.pennant.server.queue;

import dev.pennant.server.flag.FlagDispatch;
import dev.pennant.server.predict.ServedInterface;
import dev.pennant.server.util.DaemonThreads;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The queues of all served interfaces and the threads their predictions run on (each queue
 * caps its own concurrency). Predictions of the queue stream and {@code /call} never run on Jetty's
 * request threads, so a slow method cannot starve the page, the streams or the flag route; only
 * {@code /run}, which holds its request thread until the answer anyway, may run on it.
 */
final class PredictionQueues {
    private final Map<Integer, PredictionQueue> byIndex = new HashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(DaemonThreads.named("pennant-prediction"));

    PredictionQueues(List<ServedInterface> interfaces, int maxQueueSize, FlagDispatch flags) {
        for (ServedInterface served : interfaces) {
            byIndex.put(served.index(), new PredictionQueue(served, maxQueueSize, workers, flags));
        }
    }

    PredictionQueue of(ServedInterface served) {
        return byIndex.get(served.index());
    }

    /** Refuses what waits and interrupts what runs; called when the server stops. */
    void shutdown() {
        byIndex.values().forEach(PredictionQueue::shutdown);
        workers.shutdownNow();
    }
}
