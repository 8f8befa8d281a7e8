package dev.pennant.components.codec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder a file component's flagged files go to ({@code <flaggingDir>/<label>/}), as the flagging
 * callback lays it out; a codec decides what to write and with which extension. Each call creates the
 * next free numbered file ({@code 0.png}, {@code 1.png}, …), never overwriting one, and forces it to disk.
 */
public interface FlagFolder {

    /** For values that have no files: any attempt to write one fails. */
    FlagFolder NONE = (bytes, extension) -> {
        throw new IllegalStateException("this component's flagged values have no files");
    };

    /**
     * Writes {@code bytes} to the next numbered file.
     *
     * @param extension without a dot, {@code ""} for none
     * @return the file's path relative to the flagging directory with '/' separators, e.g. {@code im/0.png}
     */
    String write(byte[] bytes, String extension) throws IOException;

    /** The same with a copy of {@code source}; a folder may stream it instead of reading it whole. */
    default String copy(Path source, String extension) throws IOException {
        return write(Files.readAllBytes(source), extension);
    }
}
