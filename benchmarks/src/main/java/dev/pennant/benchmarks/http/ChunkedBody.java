package dev.pennant.benchmarks.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * The decoded body of a chunked response, read as it arrives — an event stream is one long chunked
 * body. Reaching its end consumes the final chunk, so the connection can carry the next request.
 */
final class ChunkedBody extends InputStream {
    private final InputStream in;
    private int left;
    private boolean chunkRead;
    private boolean ended;

    ChunkedBody(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (ended) {
            return -1;
        }
        if (left == 0) {
            if (chunkRead) {
                line(); // the CRLF that ends the previous chunk
            }
            left = Integer.parseInt(line().split(";", 2)[0].trim(), 16);
            if (left == 0) {
                while (!line().isEmpty()) {
                    // trailers
                }
                ended = true;
                return -1;
            }
        }
        int read = in.read(buffer, offset, Math.min(length, left));
        if (read == -1) {
            throw new IOException("connection closed inside a chunked body");
        }
        left -= read;
        // The CRLF that ends this chunk is read only with the next one: servers may send it together
        // with the next chunk's size, and waiting for it here would hold back the event just read.
        chunkRead = left == 0;
        return read;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new IOException("connection closed inside a chunked body");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
