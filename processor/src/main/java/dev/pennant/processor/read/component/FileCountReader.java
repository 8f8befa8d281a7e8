package dev.pennant.processor.read.component;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.CollectionValueType;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @File}'s {@code fileCount}, Gradio's {@code file_count}: the type already says whether
 * the value is one file or several, so a written count must agree with it. The runtime tells several
 * files from one by the value type, so no prop is kept.
 */
final class FileCountReader {
    private static final String SINGLE = "single";
    private static final String MULTIPLE = "multiple";

    private FileCountReader() {
    }

    static Optional<Props> read(AnnotationValues file, ValueType valueType) {
        Optional<String> written = file.nonEmptyString("fileCount");
        if (written.isEmpty()) {
            return Optional.of(Props.NONE);
        }
        String count = written.get();
        if (!count.equals(SINGLE) && !count.equals(MULTIPLE)) {
            file.error("fileCount", Diagnostic.FILE_COUNT_VALUE, count);
            return Optional.empty();
        }
        boolean several = valueType instanceof CollectionValueType;
        if (several != count.equals(MULTIPLE)) {
            TypeMirror type = file.element() instanceof ExecutableElement method ? method.getReturnType() : file.element().asType();
            file.error("fileCount", Diagnostic.FILE_COUNT_MISMATCH, count, file.element().getSimpleName(), type,
                    several ? "several files" : "one file", several ? MULTIPLE : SINGLE);
            return Optional.empty();
        }
        return Optional.of(Props.NONE);
    }
}
