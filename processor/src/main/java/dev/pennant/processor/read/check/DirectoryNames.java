package dev.pennant.processor.read.check;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.MessageText;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;

/**
 * Finds characters a directory name cannot hold on some file system. The check is the same on every
 * OS, so an app that compiles on Linux also flags on Windows.
 */
public final class DirectoryNames {
    private static final String WINDOWS_RESERVED = "<>:\"|?*";

    /** What is wrong and why, for {@link Diagnostic#INVALID_DIRECTORY_NAME}. */
    record Problem(String what, String why) {
    }

    private DirectoryNames() {
    }

    /** Reports the directory named by {@code member} of {@code annotation} when some file system cannot hold it. */
    public static void check(AnnotationValues annotation, String member, String directory) {
        problem(directory).ifPresent(problem -> annotation.error(member, Diagnostic.INVALID_DIRECTORY_NAME,
                member, MessageText.shown(directory), problem.what(), problem.why()));
    }

    static Optional<Problem> problem(String directory) {
        for (int i = 0; i < directory.length(); i++) {
            char c = directory.charAt(i);
            if (c == 0) {
                return Optional.of(new Problem("the NUL character", "no file system accepts in a name"));
            }
            if (Character.isISOControl(c)) {
                return Optional.of(new Problem(String.format("the control character U+%04X", (int) c),
                        "Windows does not accept in file names and other systems show only as garbage"));
            }
            boolean driveColon = c == ':' && i == 1 && Character.isLetter(directory.charAt(0))
                    && (directory.length() == 2 || directory.charAt(2) == '\\' || directory.charAt(2) == '/');
            if (WINDOWS_RESERVED.indexOf(c) >= 0 && !driveColon) {
                return Optional.of(new Problem("the character '" + c + "'",
                        "Windows does not accept in file names, so flagging would fail there"));
            }
        }
        return Optional.empty();
    }
}
