package dev.pennant.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: an element, optionally narrowed to one of its annotations and to one
 * value of that annotation, so the compiler underlines the exact member the user must change.
 */
record Location(Element element, AnnotationMirror annotation, AnnotationValue value) {

    static Location of(Element element) {
        return new Location(element, null, null);
    }

    static Location of(Element element, AnnotationMirror annotation) {
        return new Location(element, annotation, null);
    }

    /**
     * The member as written, or the whole annotation when the member is left at its default
     * (a default value has no position in the source).
     */
    static Location of(Element element, AnnotationMirror annotation, String member) {
        return new Location(element, annotation, Mirrors.explicitValue(annotation, member).orElse(null));
    }
}
