package dev.pennant.components.codec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the server keeps the files it received or produced. A client may refer to a file only by a
 * path this storage issued: {@link #find} is an exact lookup in its own index, never a look at the
 * disk, so forged, relative, differently-cased or symlinked paths name nothing.
 */
public interface FileStorage {

    /** No files: nothing is found, and storing fails with a clear message. */
    FileStorage NONE = new FileStorage() {
        @Override
        public Optional<StoredFile> find(String issuedPath) {
            return Optional.empty();
        }

        @Override
        public StoredFile save(byte[] bytes, String origName) {
            throw new IllegalStateException("file outputs need the server's file store");
        }

        @Override
        public StoredFile copy(Path source, String origName) {
            throw new IllegalStateException("file outputs need the server's file store");
        }

        @Override
        public StoredFile keep(Path source, String origName) {
            throw new IllegalStateException("file examples need the server's file store");
        }
    };

    /** The file this storage issued under exactly {@code issuedPath}, if it still holds it. */
    Optional<StoredFile> find(String issuedPath);

    /** Stores bytes the server produced, under a new issued path ending with a safe form of {@code origName}. */
    StoredFile save(byte[] bytes, String origName) throws IOException;

    /** Stores a copy of a file the method returned (it may be deleted afterwards). */
    StoredFile copy(Path source, String origName) throws IOException;

    /**
     * Stores a copy of an example file for as long as the server runs (not subject to the lifetime or the
     * store's bounds), so the page can offer it and a click can send its issued path like an upload's.
     */
    StoredFile keep(Path source, String origName) throws IOException;
}
