package dev.pennant.server.queue;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes Server-Sent Events straight to the response, framed the way Gradio's clients parse them:
 * LF only, a blank line after each block, flushed at once. Javalin's SSE helper is not used because
 * it adds an {@code event:} line, which Python's client rejects on the queue stream.
 */
final class EventStreamWriter {
    private final OutputStream out;

    private EventStreamWriter(OutputStream out) {
        this.out = out;
    }

    /** Starts a 200 {@code text/event-stream} response that no proxy should buffer or cache. */
    static EventStreamWriter start(Context ctx) throws IOException {
        ctx.status(200);
        ctx.contentType("text/event-stream; charset=utf-8");
        ctx.header("Cache-Control", "no-cache");
        ctx.header("X-Accel-Buffering", "no");
        EventStreamWriter writer = new EventStreamWriter(ctx.res().getOutputStream());
        ctx.res().flushBuffer(); // the client sees the headers before the first event
        return writer;
    }

    /** {@code data: <one line>\n\n}. */
    void data(String oneLine) throws IOException {
        write("data: " + oneLine + "\n\n");
    }

    /** {@code event: <name>\ndata: <one line>\n\n}, for the {@code /call} stream. */
    void event(String name, String oneLine) throws IOException {
        write("event: " + name + "\ndata: " + oneLine + "\n\n");
    }

    private void write(String block) throws IOException {
        if (block.indexOf('\r') >= 0 || block.substring(0, block.length() - 2).contains("\n\n")) {
            throw new IllegalArgumentException("an event must not contain CR or a blank line");
        }
        out.write(block.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
