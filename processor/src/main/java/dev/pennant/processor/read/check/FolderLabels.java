package dev.pennant.processor.read.check;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.MessageText;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Locale;
import java.util.Optional;

/**
 * Image and File components store flagged files in {@code <flaggingDir>/<label>/}; a label written in
 * an annotation must therefore be a plain folder name (parameter names always are).
 */
public final class FolderLabels {
    private FolderLabels() {
    }

    /** Reports {@code label}, read from {@code annotation}, when it cannot name the folder of a {@code kind}. */
    public static void check(AnnotationValues annotation, String label, ComponentKind kind) {
        whyNotAFolderName(label).ifPresent(why -> annotation.error("label", Diagnostic.UNSAFE_FOLDER_LABEL,
                MessageText.shown(label), kind.annotationName().toLowerCase(Locale.ROOT), why));
    }

    static Optional<String> whyNotAFolderName(String label) {
        if (label.isBlank()) {
            return Optional.of("is blank");
        }
        if (label.indexOf('/') >= 0 || label.indexOf('\\') >= 0) {
            return Optional.of("contains a path separator");
        }
        if (label.chars().allMatch(c -> c == '.')) {
            return Optional.of("is only dots");
        }
        if (label.contains("..")) {
            return Optional.of("contains '..'");
        }
        if (label.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("contains a control character");
        }
        return Optional.empty();
    }
}
