package dev.pennant.maven.dev;

import java.util.List;

/** What javac said: errors (a failed build has at least one) and warnings, each as javac prints it. */
record CompileResult(List<String> errors, List<String> warnings) {

    CompileResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    boolean succeeded() {
        return errors.isEmpty();
    }
}
