package dev.pennant.server.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.components.codec.StoredFile;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store hands out paths like Gradio's and recognises only those, for a bounded time. */
class FileStoreTest {
    @TempDir
    Path temp;
    final AtomicLong clock = new AtomicLong();

    Path dir;

    FileStore store(FileLimits limits) throws Exception {
        dir = Files.createTempDirectory(temp, "store");
        return new FileStore(dir, limits, clock::get, false);
    }

    @Test
    void issuedPathsAreRandomFoldersInsideTheStoreWithASafeName() throws Exception {
        try (FileStore store = store(FileLimits.DEFAULT)) {
            StoredFile cat = store.save(TestImages.png(Color.ORANGE), "../../my cat?.png");
            assertTrue(cat.issuedPath().matches(dir.toAbsolutePath().toString().replace('\\', '/') + "/[0-9a-f]{32}/my_cat_.png"),
                    cat.issuedPath());
            assertEquals("my cat?.png", cat.origName());
            assertEquals("image/png", cat.mimeType());
            assertEquals(Files.size(cat.path()), cat.size());
            assertEquals(cat, store.find(cat.issuedPath()).orElseThrow());

            StoredFile again = store.save(TestImages.png(Color.ORANGE), "../../my cat?.png");
            assertFalse(again.issuedPath().equals(cat.issuedPath()), "every file gets its own random folder");
        }
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() throws Exception {
        try (FileStore store = store(FileLimits.DEFAULT)) {
            assertEquals("image/jpeg", store.save(TestImages.jpeg(Color.RED), "blob").mimeType());
            assertEquals("application/octet-stream", store.save("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                    "page.png").mimeType());
            assertEquals("application/pdf", store.save("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "doc").mimeType());
        }
    }

    @Test
    void onlyTheExactIssuedPathNamesAFile() throws Exception {
        try (FileStore store = store(FileLimits.DEFAULT)) {
            StoredFile cat = store.save(TestImages.png(Color.ORANGE), "cat.png");
            String issued = cat.issuedPath();
            Path link = temp.resolve("link.png");
            Files.createSymbolicLink(link, cat.path());
            Path outside = Files.writeString(temp.resolve("outside.txt"), "not issued");
            List<String> forged = List.of(
                    "/etc/passwd",
                    "/dev/urandom",
                    outside.toString(),
                    link.toString(),
                    issued.toUpperCase(Locale.ROOT),
                    issued + "::$DATA",
                    issued + "/",
                    issued.replace("/cat.png", "/x/../cat.png"),
                    cat.path().getParent().getFileName() + "/cat.png",
                    "cat.png",
                    "http://127.0.0.1/cat.png",
                    "file://" + issued,
                    "");
            for (String path : forged) {
                assertTrue(store.find(path).isEmpty(), "refused: " + path);
            }
            assertTrue(store.find(issued).isPresent());
        }
    }

    @Test
    void filesExpireALifetimeAfterTheirLastUse() throws Exception {
        try (FileStore store = store(FileLimits.DEFAULT.withLifetime(Duration.ofMinutes(10)))) {
            StoredFile old = store.save(TestImages.png(Color.RED), "old.png");
            clock.addAndGet(Duration.ofMinutes(6).toNanos());
            StoredFile used = store.save(TestImages.png(Color.RED), "used.png");
            clock.addAndGet(Duration.ofMinutes(3).toNanos());
            assertTrue(store.find(old.issuedPath()).isPresent(), "9 minutes old, and now used again");
            clock.addAndGet(Duration.ofMinutes(8).toNanos());
            store.evictExpired();
            assertTrue(store.find(old.issuedPath()).isPresent(), "used 8 minutes ago");
            assertTrue(store.find(used.issuedPath()).isEmpty(), "unused for 11 minutes");
            assertFalse(Files.exists(used.path()), "its file is deleted");
            assertFalse(Files.exists(used.path().getParent()), "and its folder");
        }
    }

    @Test
    void theLeastRecentlyUsedFilesGoWhenTheStoreIsFull() throws Exception {
        try (FileStore store = store(FileLimits.DEFAULT.withStoreBounds(1_000_000, 3))) {
            StoredFile a = store.save(new byte[] {1}, "a");
            StoredFile b = store.save(new byte[] {2}, "b");
            StoredFile c = store.save(new byte[] {3}, "c");
            store.find(a.issuedPath());
            StoredFile d = store.save(new byte[] {4}, "d");
            assertEquals(3, store.size());
            assertTrue(store.find(b.issuedPath()).isEmpty(), "b was used least recently");
            assertTrue(store.find(a.issuedPath()).isPresent());
            assertTrue(store.find(c.issuedPath()).isPresent());
            assertTrue(store.find(d.issuedPath()).isPresent());
        }
        try (FileStore store = store(FileLimits.DEFAULT.withStoreBounds(10, 100))) {
            StoredFile first = store.save(new byte[8], "first");
            StoredFile second = store.save(new byte[8], "second");
            assertTrue(store.find(first.issuedPath()).isEmpty(), "16 bytes do not fit in 10");
            assertTrue(store.find(second.issuedPath()).isPresent(), "the newest file always stays");
        }
    }

    @Test
    void closingDeletesEverything() throws Exception {
        FileStore store = store(FileLimits.DEFAULT);
        StoredFile file = store.save(TestImages.png(Color.RED), "cat.png");
        store.close();
        assertFalse(Files.exists(dir));
        assertTrue(store.find(file.issuedPath()).isEmpty());
    }

    @Test
    void safeNamesKeepLettersDigitsDotsAndDashes() {
        assertEquals("cat.png", FileStore.safeName("cat.png"));
        assertEquals("my_cat_.png", FileStore.safeName("my cat?.png"));
        assertEquals("passwd", FileStore.safeName("..passwd"));
        assertEquals("file", FileStore.safeName("..."));
        assertEquals("file", FileStore.safeName("日本"));
        String cut = FileStore.safeName("a".repeat(300) + ".jpeg");
        assertEquals(100, cut.length());
        assertTrue(cut.endsWith(".jpeg"));
    }
}
