package dev.pennant.components.codec;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file the server holds because it received it (an upload) or produced it (an output).
 *
 * @param path where it is on disk; its text is the path issued to clients ({@link #issuedPath()})
 * @param origName the name it came with, shown to users; never used to build a path
 * @param size its size in bytes
 * @param mimeType its content type, sniffed from its bytes
 */
public record StoredFile(Path path, String origName, long size, String mimeType) {

    public StoredFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(origName, "origName");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /**
     * The path clients send back in FileData's {@code path}, with '/' separators on every platform;
     * valid only while the server still holds the file.
     */
    public String issuedPath() {
        return path.toString().replace('\\', '/');
    }
}
