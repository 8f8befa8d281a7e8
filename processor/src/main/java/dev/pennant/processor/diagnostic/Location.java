package dev.pennant.processor.diagnostic;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: an element, optionally narrowed to one of its annotations and to one
 * value of that annotation, so the compiler underlines the exact member the user must change; or a
 * place in the syntax tree that elements cannot name (see {@link SourceTrees}).
 */
public sealed interface Location permits ElementLocation, TreeLocation {

    static Location of(Element element) {
        return new ElementLocation(element, null, null);
    }

    static Location of(Element element, AnnotationMirror annotation) {
        return new ElementLocation(element, annotation, null);
    }

    /** One value of the annotation, such as one element of an array member. */
    static Location of(Element element, AnnotationMirror annotation, AnnotationValue value) {
        return new ElementLocation(element, annotation, value);
    }

    /**
     * The member as written, or the whole annotation when the member is left at its default
     * (a default value has no position in the source).
     */
    static Location of(Element element, AnnotationMirror annotation, String member) {
        Optional<? extends AnnotationValue> written = annotation.getElementValues().entrySet().stream()
                .filter(entry -> entry.getKey().getSimpleName().contentEquals(member))
                .map(entry -> entry.getValue())
                .findFirst();
        return new ElementLocation(element, annotation, written.orElse(null));
    }
}
