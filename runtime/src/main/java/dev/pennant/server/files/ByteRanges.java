package dev.pennant.server.files;

import dev.pennant.server.http.ApiException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.http.ByteRange;

/**
 * HTTP range requests on a served file, so an audio or video player can seek without downloading the
 * whole file. Jetty parses the {@code Range} header ({@link ByteRange#parse}: {@code bytes=0-},
 * {@code bytes=100-199}, suffixes {@code bytes=-500}, overlapping ranges coalesced). One range is answered
 * {@code 206} with {@code Content-Range: bytes first-last/length}; a header that names no byte of the file
 * (past the end, backwards, not {@code bytes=}) {@code 416} with {@code Content-Range: bytes *}{@code /length};
 * several separate ranges, which players do not ask for, the whole file with {@code 200}. Every answer
 * says {@code Accept-Ranges: bytes}.
 */
final class ByteRanges {
    private ByteRanges() {}

    /** Sends {@code file} (of {@code length} bytes), or the part the request's Range header asks for. */
    static void send(Context ctx, Path file, long length) throws IOException {
        ctx.header("Accept-Ranges", "bytes");
        List<String> headers = Collections.list(ctx.req().getHeaders("Range"));
        if (headers.isEmpty()) {
            ctx.result(Files.newInputStream(file));
            return;
        }
        List<ByteRange> ranges = ByteRange.parse(headers, length);
        if (ranges.isEmpty()) {
            ctx.header("Content-Range", ByteRange.toNonSatisfiableHeaderValue(length));
            throw new ApiException(416, "The range \"" + String.join(", ", headers).replaceAll("\\p{Cntrl}", "?")
                    + "\" names no byte of this file of " + length + " bytes");
        }
        if (ranges.size() > 1) {
            ctx.result(Files.newInputStream(file));
            return;
        }
        ByteRange range = ranges.get(0);
        ctx.disableCompression();   // the bytes and Content-Length must be exactly the range
        ctx.status(206);
        ctx.header("Content-Range", range.toHeaderValue(length));
        ctx.header("Content-Length", Long.toString(range.getLength()));
        ctx.result(slice(file, range));
    }

    /** The bytes {@code first..last} of the file, read from a channel positioned at {@code first}. */
    private static InputStream slice(Path file, ByteRange range) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(file);
        channel.position(range.first());
        InputStream whole = Channels.newInputStream(channel);
        return new InputStream() {
            private long left = range.getLength();

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int b = whole.read();
                if (b >= 0) {
                    left--;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (left <= 0) {
                    return -1;
                }
                int n = whole.read(buffer, offset, (int) Math.min(length, left));
                if (n > 0) {
                    left -= n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                whole.close();
            }
        };
    }
}
