package dev.pennant.components;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the server keeps the files it received or produced. A client may refer to a file only by a
 * path this storage issued: {@link #find} is an exact lookup in its own index, never a look at the
 * disk, so forged, relative, differently-cased or symlinked paths name nothing.
 */
public interface FileStorage {

    /** The file this storage issued under exactly {@code issuedPath}, if it still holds it. */
    Optional<StoredFile> find(String issuedPath);

    /** Stores bytes the server produced, under a new issued path ending with a safe form of {@code origName}. */
    StoredFile save(byte[] bytes, String origName) throws IOException;

    /** Stores a copy of a file the method returned (it may be deleted afterwards). */
    StoredFile copy(Path source, String origName) throws IOException;
}
