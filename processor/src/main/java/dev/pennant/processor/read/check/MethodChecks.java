package dev.pennant.processor.read.check;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.diagnostic.Reporter;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Checks that generated code can call the method at all: visibility, a body, no type parameters, a reachable class. */
public final class MethodChecks {
    private MethodChecks() {
    }

    public static void check(Reporter reporter, Access access, ExecutableElement method) {
        String name = method.getSimpleName().toString();
        Location at = Location.of(method);
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(at, Diagnostic.PRIVATE_METHOD, name);
        }
        if (method.getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.error(at, Diagnostic.ABSTRACT_METHOD, name);
        }
        if (!method.getTypeParameters().isEmpty()) {
            String typeParameters = method.getTypeParameters().stream()
                    .map(p -> p.getSimpleName().toString())
                    .collect(Collectors.joining(", ", "<", ">"));
            reporter.error(at, Diagnostic.GENERIC_METHOD, name, typeParameters);
        }
        TypeElement declaringType = (TypeElement) method.getEnclosingElement();
        String generatedPackage = access.packageOf(declaringType);
        access.whyNotNameable(declaringType, generatedPackage).ifPresent(reason -> reporter.error(
                at, Diagnostic.UNREACHABLE_CLASS, name, displayName(declaringType), generatedPackage, reason));
    }

    private static String displayName(TypeElement type) {
        if (!type.getQualifiedName().isEmpty()) {
            return type.getQualifiedName().toString();
        }
        return type.getSimpleName().isEmpty() ? "an anonymous class" : "local class " + type.getSimpleName();
    }
}
