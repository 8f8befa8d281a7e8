package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.JsonShape;
import dev.pennant.processor.model.ReturnModel;
import dev.pennant.processor.model.props.Props;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Turns the return type into output components: one for a scalar or a label map, one per component of a record. */
final class OutputReader {
    static final String DEFAULT_LABEL = "Output";

    private final Elements elements;
    private final Reporter reporter;
    private final ValueTypes valueTypes;
    private final Access access;
    private final JsonShapes jsonShapes;

    OutputReader(Elements elements, Reporter reporter, ValueTypes valueTypes, Access access, JsonShapes jsonShapes) {
        this.elements = elements;
        this.reporter = reporter;
        this.valueTypes = valueTypes;
        this.access = access;
        this.jsonShapes = jsonShapes;
    }

    Optional<ReturnModel> read(ExecutableElement method, String generatedPackage) {
        TypeMirror type = method.getReturnType();
        Location at = Location.of(method);
        if (type.getKind() == TypeKind.VOID) {
            reporter.error(at, Diagnostic.VOID_RETURN, method.getSimpleName(), SupportedTypes.OUTPUTS);
            return Optional.empty();
        }
        List<AnnotationMirror> annotations = Mirrors.findAll(method, AnnotationNames.OUTPUT_COMPONENTS);
        if (annotations.size() > 1) {
            reporter.error(Location.of(method, annotations.get(1)), Diagnostic.CONFLICTING_COMPONENTS,
                    "Method '" + method.getSimpleName() + "'", InputReader.names(annotations));
            return Optional.empty();
        }
        Optional<AnnotationMirror> annotation = annotations.stream().findFirst();
        if (annotation.isPresent() && Mirrors.nameOf(annotation.get()).equals(AnnotationNames.JSON)) {
            return readJson(method, type, annotation.get(), generatedPackage);
        }

        Optional<TypeElement> record = valueTypes.recordType(type);
        if (record.isPresent()) {
            if (annotation.isPresent()) {
                reporter.error(Location.of(method, annotation.get()), Diagnostic.COMPONENT_TYPE_MISMATCH,
                        Mirrors.simpleNameOf(annotation.get()), type,
                        "a method returning a single value; a record's components are labelled by their names");
                return Optional.empty();
            }
            return readRecord(method, record.get(), generatedPackage);
        }
        Optional<ComponentModel> single = readSingle(type, annotation, method);
        if (single.isEmpty() && annotation.isEmpty()) {
            reporter.error(at, Diagnostic.UNSUPPORTED_RETURN_TYPE, type, "", SupportedTypes.OUTPUTS);
        }
        return single.map(ReturnModel.Single::new);
    }

    /** A scalar or label-map output; empty (with an error reported when an annotation does not fit) otherwise. */
    private Optional<ComponentModel> readSingle(TypeMirror type, Optional<AnnotationMirror> annotation,
                                                ExecutableElement method) {
        String label = annotation.map(a -> Mirrors.string(elements, a, "label")).filter(l -> !l.isEmpty())
                .orElse(DEFAULT_LABEL);
        String annotationName = annotation.map(Mirrors::nameOf).orElse("");

        if (valueTypes.isLabelMap(type)) {
            if (annotation.isPresent() && !annotationName.equals(AnnotationNames.LABEL)) {
                return mismatch(method, annotation.get(), type, fitsFor(annotationName));
            }
            return Optional.of(new ComponentModel(label, ComponentKind.LABEL, BuiltinValueType.LABEL_MAP,
                    type, Props.NONE));
        }
        Optional<ValueTypes.FileType> fileType = valueTypes.fileType(type);
        if (fileType.isPresent() || FileComponents.isFileAnnotation(annotationName)) {
            Optional<FileComponents.Pick> pick = FileComponents.pick(fileType, annotationName);
            if (pick.isEmpty()) {
                // byte[] without @Image is reported as unsupported by the caller
                return annotation.isPresent() ? mismatch(method, annotation.get(), type, fitsFor(annotationName))
                        : Optional.empty();
            }
            int before = reporter.errorCount();
            annotation.ifPresent(a -> FolderLabels.check(reporter, method, a, label, pick.get().kind()));
            return reporter.errorCount() > before ? Optional.empty() : Optional.of(new ComponentModel(label,
                    pick.get().kind(), pick.get().valueType(), type, Props.NONE));
        }
        Optional<ValueTypes.Scalar> scalar = valueTypes.scalar(type);
        if (scalar.isEmpty()) {
            if (annotation.isPresent()) {
                reporter.error(Location.of(method), Diagnostic.UNSUPPORTED_RETURN_TYPE, type, "", SupportedTypes.OUTPUTS);
            }
            return Optional.empty();
        }
        ValueTypes.Scalar value = scalar.get();
        boolean fits = switch (annotationName) {
            case "" -> true;
            case AnnotationNames.TEXTBOX -> value == ValueTypes.Scalar.STRING;
            case AnnotationNames.NUMBER -> value.isNumeric();
            case AnnotationNames.CHECKBOX -> value.defaultKind == ComponentKind.CHECKBOX;
            default -> false;   // @Label shows a Map<String, ? extends Number>
        };
        if (!fits) {
            return mismatch(method, annotation.get(), type, fitsFor(annotationName));
        }
        Optional<? extends Props> props = annotationName.equals(AnnotationNames.TEXTBOX)
                ? TextboxReader.read(elements, reporter, method, annotation.get(), Optional.empty())
                : Optional.of(Props.NONE);
        return props.map(p -> new ComponentModel(label, value.defaultKind, value.valueType(), type, p));
    }

    private Optional<ReturnModel> readRecord(ExecutableElement method, TypeElement record, String generatedPackage) {
        Optional<String> unreachable = access.whyNotNameable(record, generatedPackage);
        if (unreachable.isPresent()) {
            reporter.error(Location.of(method), Diagnostic.INACCESSIBLE_TYPE, record.getQualifiedName(),
                    method.getSimpleName(), generatedPackage, unreachable.get());
            return Optional.empty();
        }
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        if (components.isEmpty()) {
            reporter.error(Location.of(method), Diagnostic.UNSUPPORTED_RETURN_TYPE, method.getReturnType(),
                    " (the record has no components)", SupportedTypes.OUTPUTS);
            return Optional.empty();
        }
        List<ReturnModel.RecordOutput> outputs = new ArrayList<>();
        for (RecordComponentElement component : components) {
            String name = component.getSimpleName().toString();
            TypeMirror type = component.asType();
            Optional<ComponentModel> output = readSingle(type, Optional.empty(), method);
            if (output.isEmpty()) {
                reporter.error(Location.of(method), Diagnostic.UNSUPPORTED_RETURN_TYPE, method.getReturnType(),
                        " (its component '" + name + "' has type " + type + ")", SupportedTypes.OUTPUTS);
                return Optional.empty();
            }
            ComponentModel labelled = output.get();
            outputs.add(new ReturnModel.RecordOutput(component.getAccessor().getSimpleName().toString(),
                    labelled.relabelled(name, type)));
        }
        return Optional.of(new ReturnModel.RecordOf(method.getReturnType(), outputs));
    }

    /** One JSON output; records anywhere in it are converted to maps by generated code. */
    private Optional<ReturnModel> readJson(ExecutableElement method, TypeMirror type, AnnotationMirror annotation,
                                           String generatedPackage) {
        if (!jsonShapes.isJsonContainer(type)) {
            mismatch(method, annotation, type, fitsFor(AnnotationNames.JSON));
            return Optional.empty();
        }
        JsonShape.Json json;
        try {
            json = jsonShapes.read(type, generatedPackage);
        } catch (JsonShapes.NotShown e) {
            reporter.error(Location.of(method, annotation), Diagnostic.JSON_PART_NOT_SHOWN, type, e.getMessage());
            return Optional.empty();
        }
        String label = Mirrors.string(elements, annotation, "label");
        ComponentModel component = new ComponentModel(label.isEmpty() ? DEFAULT_LABEL : label, ComponentKind.JSON,
                BuiltinValueType.JSON, type, Props.NONE);
        return Optional.of(new ReturnModel.JsonOutput(component, json));
    }

    private Optional<ComponentModel> mismatch(ExecutableElement method, AnnotationMirror mirror, TypeMirror type,
                                              String fits) {
        reporter.error(Location.of(method, mirror), Diagnostic.COMPONENT_TYPE_MISMATCH,
                Mirrors.simpleNameOf(mirror), type, fits);
        return Optional.empty();
    }

    private static String fitsFor(String annotationName) {
        return switch (annotationName) {
            case AnnotationNames.TEXTBOX -> "methods returning String";
            case AnnotationNames.CHECKBOX -> "methods returning boolean or Boolean";
            case AnnotationNames.NUMBER -> "methods returning double, float, int, long or their boxed types";
            case AnnotationNames.IMAGE -> "methods returning BufferedImage, byte[] or java.nio.file.Path";
            case AnnotationNames.FILE -> "methods returning java.nio.file.Path";
            case AnnotationNames.JSON -> "methods returning a Map<String, ?>, a Collection or a record";
            default -> "methods returning Map<String, ? extends Number>";
        };
    }
}
