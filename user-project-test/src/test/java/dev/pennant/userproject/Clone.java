package dev.pennant.userproject;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;

/**
 * A copy of the repository's sources as a fresh clone has them (no build output, no installed npm
 * packages, no flagged data), so the documented commands run as they would for a new user and never
 * touch this build's own target directories.
 */
final class Clone {
    private static final Set<String> NOT_IN_A_CLONE = Set.of("target", "node_modules", ".git", ".idea");

    private Clone() {}

    static Path copy(Path repository, Path destination) throws IOException {
        Files.walkFileTree(repository, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                if (!dir.equals(repository) && (NOT_IN_A_CLONE.contains(name) || name.startsWith("flagged"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(destination.resolve(repository.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.getFileName().toString().equals(".git")) {   // a worktree's .git is a file
                    // COPY_ATTRIBUTES keeps mvnw executable
                    Files.copy(file, destination.resolve(repository.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return destination;
    }
}
