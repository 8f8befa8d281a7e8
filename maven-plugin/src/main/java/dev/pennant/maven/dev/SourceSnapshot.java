package dev.pennant.maven.dev;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files under some directories with their modification time and size. Two snapshots that differ
 * mean something was saved, added or deleted. Polling like this is portable: the JDK's WatchService
 * falls back to polling every ten seconds on macOS.
 */
record SourceSnapshot(Map<Path, FileState> files) {

    record FileState(long modifiedMillis, long size) {}

    static SourceSnapshot of(List<Path> roots) {
        Map<Path, FileState> files = new TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile()) {
                            files.put(file, new FileState(attributes.lastModifiedTime().toMillis(), attributes.size()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    // A file deleted while we walk: the next snapshot sees the tree as it settled.
                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // walkFileTree only rethrows what a visitor throws; ours throw nothing.
                throw new IllegalStateException(e);
            }
        }
        return new SourceSnapshot(Map.copyOf(files));
    }

    /** The Java sources among the files, in a stable order. */
    List<Path> javaSources() {
        return files.keySet().stream().filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
}
