package dev.pennant.flagging;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One monitor per flagging directory for the whole JVM. A {@code FileLock} is held by the process,
 * not by a thread, and the JVM refuses a second lock on the same file, so threads (and several
 * loggers that share a directory) take this monitor before the file lock.
 */
final class DirectoryLocks {
    private static final ConcurrentMap<Path, Object> LOCKS = new ConcurrentHashMap<>();

    private DirectoryLocks() {}

    static Object of(Path dir) {
        return LOCKS.computeIfAbsent(dir.toAbsolutePath().normalize(), key -> new Object());
    }
}
