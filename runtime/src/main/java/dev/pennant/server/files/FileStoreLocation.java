package dev.pennant.server.files;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the file store's temporary directory goes: under {@code GRADIO_TEMP_DIR} when set (Gradio's
 * variable for the same purpose), else the system's temporary directory.
 */
final class FileStoreLocation {
    static final String TEMP_DIR = "GRADIO_TEMP_DIR";

    private FileStoreLocation() {}

    /** The parent directory for the store, or null for the system default. */
    static Path parent(Map<String, String> environment) {
        String dir = environment.get(TEMP_DIR);
        return dir == null || dir.isBlank() ? null : Path.of(dir.trim()).toAbsolutePath();
    }
}
