package dev.pennant.server.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What happens to one queued prediction, in order: zero or more {@code queued} updates, then
 * {@code started}, any {@code progress}, and exactly one of {@code completed} or {@code failed}
 * (a prediction refused before it starts only gets {@code failed}).
 */
interface PredictionListener {

    /** @param rank how many predictions wait ahead of this one (0: it runs next) */
    void queued(int rank, int queueSize);

    void started();

    /** @param fraction from 0 to 1 */
    void progress(double fraction, String description);

    /** @param output Gradio's output dict: data, is_generating, duration, … */
    void completed(ObjectNode output);

    /** @param status the HTTP status a synchronous caller answers; {@code message} is safe to show */
    void failed(int status, String message);
}
