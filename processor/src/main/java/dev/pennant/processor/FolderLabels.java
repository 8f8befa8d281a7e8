package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.diagnostic.MessageText;
import dev.pennant.processor.model.ComponentKind;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Image and File components store flagged files in {@code <flaggingDir>/<label>/}; a label written in
 * an annotation must therefore be a plain folder name (parameter names always are).
 */
final class FolderLabels {
    private FolderLabels() {
    }

    static void check(Reporter reporter, Element element, AnnotationMirror annotation, String label, ComponentKind kind) {
        whyNotAFolderName(label).ifPresent(why -> reporter.error(Location.of(element, annotation, "label"),
                Diagnostic.UNSAFE_FOLDER_LABEL, MessageText.shown(label),
                kind == ComponentKind.IMAGE ? "image" : "file", why));
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
