package dev.pennant.benchmarks.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads {@code data: <json>} blocks of a server-sent event stream one at a time, as they arrive. */
public final class EventStream {
    private final InputStream body;

    EventStream(InputStream body) {
        this.body = body;
    }

    /** The next block's data, or null when the server has ended the stream. */
    public String next() throws IOException {
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        int previous = -1;
        for (int c = body.read(); c != -1; c = body.read()) {
            if (c == '\n' && previous == '\n') {
                String text = block.toString(StandardCharsets.UTF_8).trim();
                if (text.startsWith("data:")) {
                    return text.substring("data:".length()).trim();
                }
                block.reset();
            } else {
                block.write(c);
            }
            previous = c;
        }
        return null;
    }
}
