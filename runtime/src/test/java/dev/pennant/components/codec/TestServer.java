package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What codecs see of a server in these tests: files kept in a directory under an index of issued
 * paths, URLs under {@code http://test/files/}, examples in a directory of the test's choosing, and a
 * flag folder that writes {@code flagged/<n>.<ext>}.
 */
final class TestServer implements CodecContext, FileStorage {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path directory;
    private final Path examplesDir;
    private final long maxImagePixels;
    private final Map<String, StoredFile> index = new ConcurrentHashMap<>();
    final List<String> kept = new ArrayList<>();

    TestServer(Path directory, Path examplesDir, long maxImagePixels) {
        this.directory = directory;
        this.examplesDir = examplesDir;
        this.maxImagePixels = maxImagePixels;
    }

    TestServer(Path directory) {
        this(directory, directory, 40_000_000);
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A folder for flagged files that numbers them {@code Output/0.png}, {@code Output/1.png}, … */
    FlagFolder flagFolder(String name) {
        int[] next = {0};
        return (bytes, extension) -> {
            Path target = directory.resolve(name).resolve(next[0]++ + (extension.isEmpty() ? "" : "." + extension));
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            return name + "/" + target.getFileName();
        };
    }

    @Override
    public FileStorage files() {
        return this;
    }

    @Override
    public long maxImagePixels() {
        return maxImagePixels;
    }

    @Override
    public String url(StoredFile file) {
        return "http://test/files/" + file.issuedPath();
    }

    @Override
    public String uploadRoute() {
        return "POST /upload";
    }

    @Override
    public Path examplesDir() {
        return examplesDir;
    }

    @Override
    public Optional<StoredFile> find(String issuedPath) {
        return Optional.ofNullable(index.get(issuedPath));
    }

    @Override
    public StoredFile save(byte[] bytes, String origName) throws IOException {
        Path file = Files.createTempFile(directory, "stored", "-" + origName);
        Files.write(file, bytes);
        StoredFile stored = new StoredFile(file, origName, bytes.length,
                ImageFormat.sniff(bytes).map(ImageFormat::mimeType).orElse("application/octet-stream"));
        index.put(stored.issuedPath(), stored);
        return stored;
    }

    @Override
    public StoredFile copy(Path source, String origName) throws IOException {
        return save(Files.readAllBytes(source), origName);
    }

    @Override
    public StoredFile keep(Path source, String origName) throws IOException {
        kept.add(origName);
        return copy(source, origName);
    }
}
