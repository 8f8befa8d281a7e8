package dev.pennant.server.examples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.FileCodec;
import dev.pennant.components.ImageReading;
import dev.pennant.components.StoredFile;
import dev.pennant.components.ValueType;
import dev.pennant.server.files.FileStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of image and file examples: a cell such as {@code im/0.png} names a file inside a base
 * directory (the examples directory for {@code logs.csv} rows, the working directory for inline
 * {@code @Example} rows). The file is checked, copied into the server's {@link FileStore} for as long
 * as the server runs, and shown to the page as Gradio's FileData with the issued path, so a click on
 * the example sends that path exactly as an upload's.
 *
 * <p>Only files inside the base directory are used: absolute cells, cells with a {@code ..} segment
 * and symlinks that lead out of it are refused, so an examples table can never make the server
 * serve a file of someone's choosing.
 */
final class ExampleFiles {
    private final FileStore store;

    ExampleFiles(FileStore store) {
        this.store = store;
    }

    /** The FileData the page fills the input with; throws IllegalArgumentException naming the problem. */
    ObjectNode copy(Component input, String cell, Path baseDir) {
        Path file = inside(input, cell, baseDir);
        checkImage(input, cell, file);
        StoredFile stored;
        try {
            stored = store.keep(file, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the example file " + file, e);
        }
        // No "url": /config is built per request while these rows are built once; the page derives
        // the URL from the path (gradio_api/file=<path>), as it does for uploads.
        ObjectNode data = new FileCodec(store, store.limits().maxImagePixels(), "").fileData(stored);
        data.remove("url");
        return data;
    }

    /** The real path of the file the cell names, if it is a regular file inside {@code baseDir}. */
    static Path inside(Component input, String cell, Path baseDir) {
        String problem = null;
        if (cell.isBlank()) {
            problem = "is blank; name a file";
        } else if (cell.chars().anyMatch(Character::isISOControl)) {
            problem = "contains a control character";
        } else if (cell.startsWith("/") || cell.startsWith("\\") || cell.matches("(?s)^[A-Za-z]:.*") || Path.of(cell).isAbsolute()) {
            problem = "is an absolute path; name a file relative to " + baseDir.toAbsolutePath().normalize();
        } else if (cell.matches("(?s)(^|.*[/\\\\])\\.\\.([/\\\\].*|$)")) {
            problem = "climbs out with '..'; examples must be files inside " + baseDir.toAbsolutePath().normalize();
        }
        if (problem != null) {
            throw refused(input, cell, problem);
        }
        try {
            Path base = baseDir.toAbsolutePath().normalize().toRealPath();
            Path file = base.resolve(cell).normalize();
            if (!Files.isRegularFile(file)) {
                throw refused(input, cell, "is not a file inside " + base);
            }
            Path real = file.toRealPath();
            if (!real.startsWith(base)) {
                throw refused(input, cell, "is a link to " + real + ", outside " + base);
            }
            return real;
        } catch (IOException e) {
            throw refused(input, cell, "cannot be read: " + e.getMessage());
        }
    }

    /** An image example must be an image the input accepts, so a click never ends in an error. */
    private void checkImage(Component input, String cell, Path file) {
        ValueType.Kind kind = input.valueType().kind();
        if (kind != ValueType.Kind.IMAGE && kind != ValueType.Kind.IMAGE_BYTES && kind != ValueType.Kind.IMAGE_PATH) {
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(input, cell, "cannot be read: " + e.getMessage());
        }
        long maxPixels = store.limits().maxImagePixels();
        if (kind == ValueType.Kind.IMAGE) {
            ImageReading.decode(input.label(), bytes, maxPixels);
        } else {
            ImageReading.inspect(input.label(), bytes, maxPixels);
        }
    }

    private static IllegalArgumentException refused(Component input, String cell, String problem) {
        return new IllegalArgumentException("\"" + input.label() + "\": \"" + cell + "\" " + problem);
    }
}
