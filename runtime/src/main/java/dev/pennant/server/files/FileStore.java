package dev.pennant.server.files;

import dev.pennant.components.codec.FileStorage;
import dev.pennant.components.codec.ImageFormat;
import dev.pennant.components.codec.StoredFile;
import dev.pennant.server.util.BoundedMap;
import dev.pennant.server.util.DaemonThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files this server received (uploads) or produced (outputs), in a private temporary directory.
 * Each file lives at {@code <directory>/<32 random hex digits>/<safe name>}, and that path, as text,
 * is what clients get back (Gradio's shape, {@code /tmp/gradio/<hash>/<name>}).
 *
 * <p>A path is valid only while it is in this store's index: lookups never touch the disk, so a path
 * the store did not issue (forged, relative, with {@code ..}, differently cased, a symlink, a URL)
 * names nothing. Files are dropped {@link FileLimits#lifetime()} after their last use, and the least
 * recently used go first when the store exceeds its byte or file bounds; a scheduled task sweeps, and
 * {@link #close()} deletes the directory. Example files ({@link #keep}) are the exception: copied once
 * at launch, they stay until the server closes, because the page offers them for as long as it runs.
 */
public final class FileStore implements FileStorage, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FileStore.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_NAME_LENGTH = 100;

    private record Entry(StoredFile file, long lastUsedNanos) {}

    private final Path directory;
    private final FileLimits limits;
    private final LongSupplier clock;
    private final ScheduledExecutorService sweeper;
    /** In access order, so the first entries are the least recently used; bounded by {@link #register}, not by count alone. */
    private final BoundedMap<String, Entry> index = BoundedMap.accessOrder(Integer.MAX_VALUE);
    /** Files kept for the server's lifetime (examples): never expired, never evicted, not counted in the bounds. */
    private final Map<String, StoredFile> kept = new HashMap<>();
    private long totalBytes;
    private boolean closed;

    /**
     * A store in a new temporary directory (under {@code GRADIO_TEMP_DIR} when the environment sets it,
     * else the system's), swept on a background thread.
     */
    public static FileStore create(FileLimits limits, Map<String, String> environment) {
        Path parent = FileStoreLocation.parent(environment);
        try {
            Path dir = parent == null ? Files.createTempDirectory("pennant-uploads")
                    : Files.createTempDirectory(Files.createDirectories(parent), "pennant-uploads");
            return new FileStore(dir, limits, System::nanoTime, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the directory for uploaded files", e);
        }
    }

    /** A store in {@code directory} (which must exist) with a given clock; sweeping on a thread only if asked. */
    public FileStore(Path directory, FileLimits limits, LongSupplier nanoClock, boolean sweepInBackground) {
        this.directory = directory.toAbsolutePath().normalize();
        this.limits = limits;
        this.clock = nanoClock;
        if (sweepInBackground) {
            long period = Math.max(1000, Math.min(limits.lifetime().toMillis() / 4, Duration.ofMinutes(5).toMillis()));
            sweeper = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("pennant-file-cleanup"));
            sweeper.scheduleWithFixedDelay(this::sweepQuietly, period, period, TimeUnit.MILLISECONDS);
        } else {
            sweeper = null;
        }
    }

    Path directory() {
        return directory;
    }

    public FileLimits limits() {
        return limits;
    }

    @Override
    public synchronized Optional<StoredFile> find(String issuedPath) {
        evictExpired();
        Entry entry = index.get(issuedPath);
        if (entry == null) {
            return Optional.ofNullable(kept.get(issuedPath));
        }
        index.put(issuedPath, new Entry(entry.file(), clock.getAsLong()));
        return Optional.of(entry.file());
    }

    @Override
    public StoredFile save(byte[] bytes, String origName) throws IOException {
        return receive(new java.io.ByteArrayInputStream(bytes), origName);
    }

    @Override
    public StoredFile copy(Path source, String origName) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return receive(in, origName);
        }
    }

    /** Example files are copied once at launch and never expire, because the page offers them for as long as it runs. */
    @Override
    public StoredFile keep(Path source, String origName) throws IOException {
        StoredFile stored;
        try (InputStream in = Files.newInputStream(source)) {
            stored = write(in, origName);
        }
        synchronized (this) {
            if (closed) {
                deleteQuietly(stored.path().getParent());
                throw new IllegalStateException("the server is shutting down");
            }
            kept.put(stored.issuedPath(), stored);
        }
        return stored;
    }

    /** Stores the stream's bytes (an upload, already bounded by the multipart limits) under a new issued path. */
    StoredFile receive(InputStream in, String origName) throws IOException {
        StoredFile stored = write(in, origName);
        register(stored, stored.path().getParent());
        return stored;
    }

    /** Writes the bytes into a new random folder; the caller indexes the file. */
    private StoredFile write(InputStream in, String origName) throws IOException {
        String shownName = shownName(origName);
        Path folder = directory.resolve(HexFormat.of().formatHex(randomBytes()));
        Files.createDirectory(folder);
        Path file = folder.resolve(safeName(shownName));
        long size;
        byte[] head;
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            head = in.readNBytes(32);
            out.write(head);
            size = head.length + in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(folder);
            throw e;
        }
        return new StoredFile(file, shownName, size, mimeType(head));
    }

    private synchronized void register(StoredFile stored, Path folder) {
        if (closed) {
            deleteQuietly(folder);
            throw new IllegalStateException("the server is shutting down");
        }
        index.put(stored.issuedPath(), new Entry(stored, clock.getAsLong()));
        totalBytes += stored.size();
        evictExpired();
        // Never evict the file just stored: its caller is about to use it.
        Iterator<Map.Entry<String, Entry>> oldest = index.entrySet().iterator();
        while ((totalBytes > limits.maxStoredBytes() || index.size() > limits.maxStoredFiles()) && index.size() > 1) {
            Map.Entry<String, Entry> victim = oldest.next();
            oldest.remove();
            forget(victim.getValue());
        }
    }

    /** Drops the files not used within the lifetime; called by the sweeper and on every access. */
    synchronized void evictExpired() {
        long now = clock.getAsLong();
        long lifetime = limits.lifetime().toNanos();
        index.removeEldestWhile(entry -> now - entry.lastUsedNanos() > lifetime, this::forget);
    }

    synchronized int size() {
        return index.size();
    }

    private void forget(Entry entry) {
        totalBytes -= entry.file().size();
        deleteQuietly(entry.file().path().getParent());
    }

    private void sweepQuietly() {
        try {
            evictExpired();
        } catch (RuntimeException e) {
            LOG.warn("Cleaning up expired uploads failed", e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            index.clear();
            kept.clear();
            totalBytes = 0;
        }
        if (sweeper != null) {
            sweeper.shutdownNow();
        }
        deleteQuietly(directory);
    }

    /** The name shown to users: the last segment of what the client sent, at most 200 characters. */
    private static String shownName(String origName) {
        String name = origName == null ? "" : origName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        return name.isBlank() ? "file" : name;
    }

    /** The name on disk: letters, digits, '.', '_' and '-' only, no leading dot, the extension kept when cut. */
    static String safeName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^[.]+", "");
        if (safe.length() > MAX_NAME_LENGTH) {
            int dot = safe.lastIndexOf('.');
            String extension = dot > 0 && safe.length() - dot <= 11 ? safe.substring(dot) : "";
            safe = safe.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
        }
        return safe.matches(".*[A-Za-z0-9].*") ? safe : "file";
    }

    /** The content type from the bytes: an image format, PDF, or plain bytes; never from a name or header. */
    static String mimeType(byte[] head) {
        Optional<ImageFormat> image = ImageFormat.sniff(head);
        if (image.isPresent()) {
            return image.get().mimeType();
        }
        byte[] pdf = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        if (head.length >= pdf.length && Arrays.equals(head, 0, pdf.length, pdf, 0, pdf.length)) {
            return "application/pdf";
        }
        return "application/octet-stream";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void deleteQuietly(Path path) {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", p, e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete {}", path, e);
        }
    }
}
