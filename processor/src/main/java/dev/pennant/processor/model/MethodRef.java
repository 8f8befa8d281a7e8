package dev.pennant.processor.model;

import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The annotated method, as generated code calls it.
 *
 * @param element the method (the generated type's originating element)
 * @param declaringType the class declaring it
 * @param isStatic whether it is static (else generated code calls it on a target instance)
 */
public record MethodRef(ExecutableElement element, TypeElement declaringType, boolean isStatic) {

    public String name() {
        return element.getSimpleName().toString();
    }
}
