package dev.pennant.components.codec;

import dev.pennant.components.Component;
import java.io.IOException;
import java.nio.file.Path;

/** File: a {@code java.nio.file.Path} to any file the server received or produced. */
final class FileCodec extends FileDataCodec {

    @Override
    Object fromFile(Component component, StoredFile file, CodecContext context) {
        return file.path();
    }

    @Override
    StoredFile store(Component component, Object value, FileStorage storage) throws IOException {
        return copy((Path) value, storage);
    }
}
