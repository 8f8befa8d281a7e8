package dev.pennant.testapp;

/**
 * Where the hand-written "generated" interfaces below put flagged data. Real generated code has a
 * constant flaggingDir; these read it when the server asks for the spec, so each test can point
 * flagging at its own temporary directory and nothing is written into the repository.
 */
public final class FlagDirs {
    private static volatile String current = System.getProperty("java.io.tmpdir") + "/pennant-unset-flag-dir";

    private FlagDirs() {}

    public static void use(java.nio.file.Path dir) {
        current = dir.toString();
    }

    public static String current() {
        return current;
    }
}
