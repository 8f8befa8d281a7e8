package dev.pennant.processor.diagnostic;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** An element, narrowed to an annotation and one of its values when they are not null. */
record ElementLocation(Element element, AnnotationMirror annotation, AnnotationValue value) implements Location {
}
