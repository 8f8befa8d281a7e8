package dev.pennant.flagging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up in the middle of a row: the row is taken back, the rows before it stay. */
class LogFilesFaultTest {
    @TempDir
    Path temp;

    @Test
    void aWriteThatFailsPartWayLeavesTheFileAsItWas() throws IOException {
        Path log = temp.resolve("logs.csv");
        String before = "num1,operation,num2,Output\n5,add,7,12\n";
        Files.writeString(log, before);
        try (FileChannel real = FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileChannel filling = new FillingChannel(real, 5)) {
            IOException full = assertThrows(IOException.class,
                    () -> LogFiles.appendDurably(filling, "6,subtract,1.5,4.5\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals("No space left on device", full.getMessage());
        }
        assertEquals(before, Files.readString(log), "no partial row");
    }

    /** A channel on a disk with {@code room} bytes left: writes go through until then, and then fail. */
    static final class FillingChannel extends FileChannel {
        private final FileChannel real;
        private long room;

        FillingChannel(FileChannel real, long room) {
            this.real = real;
            this.room = room;
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            if (room == 0) {
                throw new IOException("No space left on device");
            }
            ByteBuffer part = src.duplicate();
            part.limit(part.position() + (int) Math.min(room, part.remaining()));
            int written = real.write(part, position);
            src.position(src.position() + written);
            room -= written;
            return written;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int written = write(src, real.position());
            real.position(real.position() + written);
            return written;
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return real.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
        }

        @Override
        protected void implCloseChannel() {
            // the real channel is closed by its own try-with-resources
        }
    }
}
