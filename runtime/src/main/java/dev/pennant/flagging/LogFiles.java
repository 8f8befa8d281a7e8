package dev.pennant.flagging;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reading and appending {@code logs.csv} files written in {@link CSVLogger#FORMAT}: every record ends
 * with LF, and a LF inside a value is always inside double quotes. That lets the number of records
 * and the end of the last complete one be found by one quote-aware pass over the bytes.
 */
final class LogFiles {
    private LogFiles() {}

    /** What one pass over a log file found. */
    record Scan(long records, long completeLength, long length, boolean insideQuotes) {
        /** Whether the file ends in the middle of a record (a writer stopped before finishing it, or an editor left no final newline). */
        boolean torn() {
            return completeLength != length;
        }

        /** What makes the unfinished last record a complete one, keeping every byte: close an open quote, end the line. */
        String completion() {
            return insideQuotes ? "\"\n" : "\n";
        }
    }

    /** Counts complete records (header included) and finds where the last complete one ends. */
    static Scan scan(FileChannel channel) throws IOException {
        long length = channel.size();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        long records = 0;
        long completeLength = 0;
        long position = 0;
        boolean quoted = false;
        while (position < length) {
            buffer.clear();
            int read = channel.read(buffer, position);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                byte b = buffer.get(i);
                // UTF-8 never uses these byte values inside a multi-byte character, so bytes are safe to test.
                if (b == '"') {
                    quoted = !quoted; // an escaped "" toggles twice
                } else if (b == '\n' && !quoted) {
                    records++;
                    completeLength = position + i + 1;
                }
            }
            position += read;
        }
        return new Scan(records, completeLength, length, quoted);
    }

    /** The first record of the file, or null when it has none. */
    static List<String> header(FileChannel channel, Scan scan) throws IOException {
        if (scan.records() == 0) {
            return null;
        }
        // The header is short; read until its end (bounded by the first complete record).
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(scan.completeLength(), 1 << 20));
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        try (Reader reader = new StringReader(text);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVLogger.FORMAT).get()) {
            for (CSVRecord record : parser) {
                return record.toList();
            }
        }
        return null;
    }

    /**
     * Writes all bytes at the end and forces them to disk. When the write fails part-way (the disk
     * filled up, the device went away), the file is cut back to its old length, so a failed flag
     * leaves no partial row behind; cutting needs no free space.
     */
    static void appendDurably(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long start = channel.size();
        long position = start;
        try {
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
        } catch (IOException e) {
            try {
                channel.truncate(start);
                channel.force(false);
            } catch (IOException | RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Makes a newly created file's directory entry durable too (a no-op where directories cannot be opened). */
    static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the file itself is forced.
        }
    }
}
