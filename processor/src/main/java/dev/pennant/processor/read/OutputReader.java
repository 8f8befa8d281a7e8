package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.JsonShape;
import dev.pennant.processor.model.ReturnModel;
import dev.pennant.processor.read.component.ComponentTable;
import dev.pennant.processor.read.component.Pick;
import dev.pennant.processor.read.component.TypeLists;
import dev.pennant.processor.read.mirror.AnnotationNames;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Turns the return type into output components ({@link ComponentTable#OUTPUTS}): one for a value,
 * one per component of a record, or one JSON output.
 */
final class OutputReader {
    static final String DEFAULT_LABEL = "Output";
    private static final String SUPPORTED = TypeLists.supported(ComponentTable.OUTPUTS);

    private final ReadContext context;
    private final Reporter reporter;
    private final JsonShapes jsonShapes;
    private final ComponentReader components;

    OutputReader(ReadContext context) {
        this.context = context;
        this.reporter = context.reporter();
        this.jsonShapes = new JsonShapes(context.types(), context.javaTypes(), context.access());
        this.components = new ComponentReader(context, ComponentTable.OUTPUTS);
    }

    Optional<ReturnModel> read(ExecutableElement method, String generatedPackage) {
        TypeMirror type = method.getReturnType();
        if (type.getKind() == TypeKind.VOID) {
            reporter.error(Location.of(method), Diagnostic.VOID_RETURN, method.getSimpleName(), SUPPORTED);
            return Optional.empty();
        }
        List<AnnotationValues> annotations = components.annotations(method);
        if (annotations.size() > 1) {
            components.conflict(annotations, "Method '" + method.getSimpleName() + "'");
            return Optional.empty();
        }
        Optional<AnnotationValues> annotation = annotations.stream().findFirst();
        boolean json = annotation.filter(a -> a.name().equals(AnnotationNames.component(ComponentKind.JSON))).isPresent();
        Optional<TypeElement> record = context.javaTypes().recordType(type);
        if (record.isPresent() && !json) {
            if (annotation.isPresent()) {
                components.mismatch(annotation.get(), type,
                        "a method returning a single value; a record's components are labelled by their names");
                return Optional.empty();
            }
            return readRecord(method, record.get(), generatedPackage);
        }
        Optional<ComponentModel> output = readOne(type, annotation, () -> unsupported(method, type, ""));
        if (output.isPresent() && output.get().kind() == ComponentKind.JSON) {
            return readJson(annotation.get(), output.get(), generatedPackage);
        }
        return output.map(ReturnModel.Single::new);
    }

    /** One output for a value of {@code type}; {@code unsupported} reports a type no output shows. */
    private Optional<ComponentModel> readOne(TypeMirror type, Optional<AnnotationValues> annotation, Runnable unsupported) {
        Pick pick = components.pick(type, annotation);
        if (pick.isMismatch()) {
            return components.mismatch(annotation.get(), type, components.fits(annotation.get()));
        }
        if (pick.isUnsupported()) {
            unsupported.run();
            return Optional.empty();
        }
        return components.component(type, pick, annotation, DEFAULT_LABEL);
    }

    private void unsupported(ExecutableElement method, TypeMirror type, String why) {
        reporter.error(Location.of(method), Diagnostic.UNSUPPORTED_RETURN_TYPE, type, why, SUPPORTED);
    }

    private Optional<ReturnModel> readRecord(ExecutableElement method, TypeElement record, String generatedPackage) {
        TypeMirror type = method.getReturnType();
        Optional<String> unreachable = context.access().whyNotNameable(record, generatedPackage);
        if (unreachable.isPresent()) {
            reporter.error(Location.of(method), Diagnostic.INACCESSIBLE_TYPE, record.getQualifiedName(),
                    method.getSimpleName(), generatedPackage, unreachable.get());
            return Optional.empty();
        }
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        if (components.isEmpty()) {
            unsupported(method, type, " (the record has no components)");
            return Optional.empty();
        }
        List<ReturnModel.RecordOutput> outputs = new ArrayList<>();
        for (RecordComponentElement component : components) {
            String name = component.getSimpleName().toString();
            TypeMirror componentType = component.asType();
            Optional<ComponentModel> output = readOne(componentType, Optional.empty(),
                    () -> unsupported(method, type, " (its component '" + name + "' has type " + componentType + ")"));
            if (output.isEmpty()) {
                return Optional.empty();
            }
            outputs.add(new ReturnModel.RecordOutput(component.getAccessor().getSimpleName().toString(),
                    output.get().relabelled(name, componentType)));
        }
        return Optional.of(new ReturnModel.RecordOf(type, outputs));
    }

    /** One JSON output; records anywhere in it are converted to maps by generated code. */
    private Optional<ReturnModel> readJson(AnnotationValues annotation, ComponentModel output, String generatedPackage) {
        try {
            JsonShape.Json json = jsonShapes.read(output.javaType(), generatedPackage);
            return Optional.of(new ReturnModel.JsonOutput(output, json));
        } catch (JsonShapes.NotShown e) {
            annotation.error(Diagnostic.JSON_PART_NOT_SHOWN, output.javaType(), e.getMessage());
            return Optional.empty();
        }
    }
}
