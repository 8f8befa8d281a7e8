package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.FlaggingConfig;
import dev.pennant.processor.model.FlaggingMode;
import dev.pennant.processor.read.check.DirectoryNames;
import dev.pennant.processor.read.check.FlaggingCallbacks;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** Reads an {@code @Interface}'s flagging members: the directory, the mode, the options and the callback. */
final class FlaggingReader {
    private FlaggingReader() {
    }

    /** The configuration as written; empty when the callback class could not be resolved (javac reports it). */
    static Optional<FlaggingConfig> read(AnnotationValues annotation) {
        String directory = annotation.string("flaggingDir");
        if (directory.isBlank()) {
            annotation.error("flaggingDir", Diagnostic.BLANK_FLAGGING_DIR);
        } else {
            DirectoryNames.check(annotation, "flaggingDir", directory);
        }
        FlaggingMode mode = FlaggingMode.valueOf(annotation.enumConstant("flaggingMode"));
        FlaggingOptionsReader.Options options = FlaggingOptionsReader.read(annotation, mode);
        return callback(annotation).map(callback -> new FlaggingConfig(mode, annotation.isExplicit("flaggingMode"),
                directory, options.plain(), options.pairs(), callback));
    }

    private static Optional<TypeElement> callback(AnnotationValues annotation) {
        TypeMirror type = annotation.type("flaggingCallback");
        if (!(type instanceof DeclaredType declared)) {
            // javac has already reported the unusable class literal
            return Optional.empty();
        }
        TypeElement callback = (TypeElement) declared.asElement();
        FlaggingCallbacks.whyNotInstantiable(callback).ifPresent(reason -> annotation.error("flaggingCallback",
                Diagnostic.INVALID_FLAGGING_CALLBACK, callback.getQualifiedName(), reason));
        return Optional.of(callback);
    }
}
