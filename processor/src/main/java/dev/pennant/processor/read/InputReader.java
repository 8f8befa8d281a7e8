package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.read.component.ComponentTable;
import dev.pennant.processor.read.component.Pick;
import dev.pennant.processor.read.component.TypeFamily;
import dev.pennant.processor.read.component.TypeLists;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Turns one parameter into an input component: the type picks the default, a component annotation
 * refines it ({@link ComponentTable#INPUTS}).
 */
final class InputReader {
    private static final String SUPPORTED = TypeLists.supported(ComponentTable.INPUTS);

    private final ReadContext context;
    private final ComponentReader components;

    InputReader(ReadContext context) {
        this.context = context;
        this.components = new ComponentReader(context, ComponentTable.INPUTS);
    }

    Optional<ComponentModel> read(VariableElement parameter, String generatedPackage) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        List<AnnotationValues> annotations = components.annotations(parameter);
        if (annotations.size() > 1) {
            return components.conflict(annotations, "Parameter '" + name + "'");
        }
        Optional<AnnotationValues> annotation = annotations.stream().findFirst();
        Pick pick = components.pick(type, annotation);
        if (pick.isStrictMismatch()) {
            return components.mismatch(annotation.get(), type, components.fits(annotation.get()));
        }
        if (pick.is(TypeFamily.ENUMS)
                && !isNameable(parameter, context.javaTypes().enumType(type).orElseThrow(), generatedPackage)) {
            return Optional.empty();
        }
        if (pick.isMismatch()) {
            // an enum under a component annotation other than @Radio or @Dropdown has always been pointed to String parameters
            String fits = pick.is(TypeFamily.ENUMS) ? "String parameters" : components.fits(annotation.get());
            return components.mismatch(annotation.get(), type, fits);
        }
        if (pick.isUnsupported()) {
            context.reporter().error(Location.of(parameter), Diagnostic.UNSUPPORTED_PARAMETER_TYPE, name, type, SUPPORTED);
            return Optional.empty();
        }
        return components.component(type, pick, annotation, name);
    }

    /** The types a component annotation on a parameter takes, for the mismatch message. */
    String fits(AnnotationValues annotation) {
        return components.fits(annotation);
    }

    /** The component annotations on a parameter. */
    List<AnnotationValues> annotations(VariableElement parameter) {
        return components.annotations(parameter);
    }

    /** Generated code names the enum's constants; reports it when it cannot. */
    private boolean isNameable(VariableElement parameter, TypeElement enumType, String generatedPackage) {
        Optional<String> unreachable = context.access().whyNotNameable(enumType, generatedPackage);
        unreachable.ifPresent(why -> context.reporter().error(Location.of(parameter), Diagnostic.INACCESSIBLE_TYPE,
                enumType.getQualifiedName(), parameter.getSimpleName(), generatedPackage, why));
        return unreachable.isEmpty();
    }
}
