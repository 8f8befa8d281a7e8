package dev.pennant.server.queue;

import dev.pennant.server.flag.FlagDispatch;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.predict.Caller;
import dev.pennant.server.predict.Predictions;
import dev.pennant.server.predict.ServedInterface;
import dev.pennant.server.predict.ServedInterfaces;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/**
 * Every route that runs a prediction, each through the interface's {@link PredictionQueue} so its
 * concurrency limit holds whichever route a client uses:
 * <ul>
 * <li>{@code POST /gradio_api/run/{api_name}} (and Gradio's older {@code /gradio_api/api/{api_name}}):
 *     waits and answers Gradio's output dict;
 * <li>the queue protocol, {@code /gradio_api/queue/join} and {@code /gradio_api/queue/data}, with the
 *     heartbeat stream ({@link QueueRoutes});
 * <li>the two-step {@code /gradio_api/call/{api_name}} ({@link CallRoutes}).
 * </ul>
 * When the server stops, open streams end and waiting predictions are refused.
 */
public final class PredictionRoutes {
    private final ServedInterfaces interfaces;
    private final Function<Context, Caller> callers;
    private final PredictionQueues queues;
    private final QueueSessions sessions = new QueueSessions();
    private final QueueRoutes queueRoutes;
    private final CallRoutes callRoutes;

    /**
     * @param maxQueueSize how many predictions may wait in each interface's queue
     * @param flags flags each prediction of an interface in auto mode
     * @param callers who asks, for each request: its file codec and logged-in user
     */
    public PredictionRoutes(ServedInterfaces interfaces, int maxQueueSize, FlagDispatch flags, Heartbeats heartbeats,
            Function<Context, Caller> callers) {
        this.interfaces = interfaces;
        this.callers = callers;
        this.queues = new PredictionQueues(interfaces.all(), maxQueueSize, flags);
        QueueParts parts = new QueueParts(queues, sessions, new EventStreams(heartbeats), callers);
        this.queueRoutes = new QueueRoutes(interfaces.all(), parts);
        this.callRoutes = new CallRoutes(interfaces, parts);
    }

    public void register(JavalinConfig config) {
        config.routes.post("/gradio_api/run/{api_name}", this::run);
        config.routes.post("/gradio_api/api/{api_name}", this::run);
        queueRoutes.register(config);
        callRoutes.register(config);
        config.events.serverStopping(this::stop);
    }

    private void run(Context ctx) {
        ServedInterface served = interfaces.named(ctx);
        Caller caller = callers.apply(ctx);
        List<Object> arguments = Predictions.decode(served, HttpJson.parse(ctx.bodyAsBytes()), caller.codecs());
        HttpJson.send(ctx, 200, queues.of(served).runAndWait(Predictions.newEventId(), arguments, caller));
    }

    /** Ends open streams and refuses waiting predictions, so stopping does not wait for clients. */
    private void stop() {
        queueRoutes.stop();
        sessions.closeAll();
        queues.shutdown();
    }
}
