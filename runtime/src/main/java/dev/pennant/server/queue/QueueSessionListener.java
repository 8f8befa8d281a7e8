package dev.pennant.server.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Turns what happens to a queued prediction into the session's stream messages. */
final class QueueSessionListener implements PredictionListener {
    private final QueueSession session;
    private final String eventId;

    QueueSessionListener(QueueSession session, String eventId) {
        this.session = session;
        this.eventId = eventId;
    }

    @Override
    public void queued(int rank, int queueSize) {
        session.status(QueueMessages.estimation(eventId, rank, queueSize));
    }

    @Override
    public void started() {
        session.status(QueueMessages.processStarts(eventId));
    }

    @Override
    public void progress(double fraction, String description) {
        session.status(QueueMessages.progress(eventId, fraction, description));
    }

    @Override
    public void completed(ObjectNode output) {
        session.finish(eventId, QueueMessages.completed(eventId, output));
    }

    @Override
    public void failed(int status, String message) {
        session.finish(eventId, QueueMessages.failed(eventId, message));
    }
}
