package dev.pennant.processor;

import dev.pennant.processor.read.mirror.Mirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Finds types in a method's signature (or its flagging callback) that do not exist yet, typically
 * because another processor generates them in a later round; such methods are retried next round.
 */
final class UnresolvedTypes {
    private UnresolvedTypes() {
    }

    static Optional<TypeMirror> find(Elements elements, ExecutableElement method, AnnotationMirror annotation) {
        for (VariableElement parameter : method.getParameters()) {
            Optional<TypeMirror> missing = findIn(parameter.asType());
            if (missing.isPresent()) {
                return missing;
            }
        }
        Optional<TypeMirror> missing = findIn(method.getReturnType());
        if (missing.isPresent()) {
            return missing;
        }
        TypeMirror callback = Mirrors.type(elements, annotation, "flaggingCallback");
        return callback == null ? Optional.empty() : findIn(callback);
    }

    private static Optional<TypeMirror> findIn(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return Optional.of(type);
        }
        if (type.getKind() == TypeKind.DECLARED) {
            for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                Optional<TypeMirror> missing = findIn(argument);
                if (missing.isPresent()) {
                    return missing;
                }
            }
        }
        return Optional.empty();
    }
}
