package dev.pennant.components.codec;

import dev.pennant.components.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file an example cell such as {@code im/0.png} names inside a base directory. Only regular files
 * inside it are used: blank cells, control characters, absolute paths, {@code ..} segments and
 * symlinks that lead out are refused, so an examples table can never make the server serve a file of
 * someone's choosing.
 */
final class ExampleFile {
    private ExampleFile() {}

    /**
     * The real path of the file the cell names.
     *
     * @throws IllegalArgumentException naming the input and the cell when it names no regular file inside {@code baseDir}
     */
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

    static IllegalArgumentException refused(Component input, String cell, String problem) {
        return new IllegalArgumentException("\"" + input.label() + "\": \"" + cell + "\" " + problem);
    }
}
