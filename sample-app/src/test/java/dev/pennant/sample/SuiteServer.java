package dev.pennant.sample;

import dev.pennant.Pennant;

/**
 * The sample demos behind a login, in a JVM of their own, for the bad-input, log and kill tests: the
 * test that starts it chooses its working directory (where the flagging directories go), its
 * {@code java.io.tmpdir} and its {@code GRADIO_TEMP_DIR} (where uploads go), so anything written
 * anywhere else shows up.
 */
public final class SuiteServer {
    static final String[][] USERS = {
        {"alice", "alice-password-7f3c"},
        {"bob", "bob-password-91ad"},
        {Hostile.FORMULA, "formula-password-22be"},
    };
    /** Small enough that the oversized-upload case stays quick. */
    static final long MAX_FILE_SIZE = 1_000_000;
    static final int MAX_FILES_PER_UPLOAD = 3;

    private SuiteServer() {}

    public static void main(String[] args) {
        Pennant.Builder app = Pennant.builder()
                .serve(Calculator.class)
                .serve(SepiaFilter.class)
                .serve(ImageClassifier.class)
                .serve(Summarizer.class)
                .serve(AutoEcho.class)
                .serve(NeverFlagged.class)
                .serve(Hostile.class)
                .maxFileSize(MAX_FILE_SIZE)
                .maxFilesPerUpload(MAX_FILES_PER_UPLOAD)
                .maxImagePixels(4_000_000)
                .port(0);
        for (String[] user : USERS) {
            app.auth(user[0], user[1]);
        }
        app.start().block();
    }
}
