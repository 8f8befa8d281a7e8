package dev.pennant.processor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Turns one parameter into an input component: the type picks the default, a component annotation refines it. */
final class InputReader {
    private final Elements elements;
    private final Reporter reporter;
    private final ValueTypes valueTypes;
    private final Access access;

    InputReader(Elements elements, Reporter reporter, ValueTypes valueTypes, Access access) {
        this.elements = elements;
        this.reporter = reporter;
        this.valueTypes = valueTypes;
        this.access = access;
    }

    Optional<ComponentModel> read(VariableElement parameter, String generatedPackage) {
        String name = parameter.getSimpleName().toString();
        TypeMirror type = parameter.asType();
        List<AnnotationMirror> annotations = Mirrors.findAll(parameter, AnnotationNames.INPUT_COMPONENTS);
        if (annotations.size() > 1) {
            reporter.error(Location.of(parameter, annotations.get(1)), Diagnostic.CONFLICTING_COMPONENTS,
                    "Parameter '" + name + "'", names(annotations));
            return Optional.empty();
        }
        Optional<AnnotationMirror> annotation = annotations.stream().findFirst();
        Optional<ValueTypes.Scalar> scalar = valueTypes.scalar(type);
        Optional<TypeElement> enumType = valueTypes.enumType(type);
        if (scalar.isEmpty() && enumType.isEmpty()) {
            reporter.error(Location.of(parameter), Diagnostic.UNSUPPORTED_PARAMETER_TYPE, name, type);
            return Optional.empty();
        }
        String label = annotation.map(a -> Mirrors.string(elements, a, "label")).filter(l -> !l.isEmpty()).orElse(name);
        if (enumType.isPresent()) {
            return readEnum(parameter, enumType.get(), annotation, label, generatedPackage);
        }
        return readScalar(parameter, scalar.get(), annotation, label);
    }

    private Optional<ComponentModel> readEnum(VariableElement parameter, TypeElement enumType,
                                              Optional<AnnotationMirror> annotation, String label,
                                              String generatedPackage) {
        Optional<String> unreachable = access.whyNotNameable(enumType, generatedPackage);
        if (unreachable.isPresent()) {
            reporter.error(Location.of(parameter), Diagnostic.INACCESSIBLE_TYPE, enumType.getQualifiedName(),
                    parameter.getSimpleName(), generatedPackage, unreachable.get());
            return Optional.empty();
        }
        ComponentKind kind = ComponentKind.RADIO;
        if (annotation.isPresent()) {
            AnnotationMirror mirror = annotation.get();
            String annotationName = Mirrors.nameOf(mirror);
            if (annotationName.equals(AnnotationNames.DROPDOWN)) {
                kind = ComponentKind.DROPDOWN;
            } else if (!annotationName.equals(AnnotationNames.RADIO)) {
                mismatch(parameter, mirror, "String parameters");
                return Optional.empty();
            }
            if (!Mirrors.array(elements, mirror, "value").isEmpty()) {
                reporter.error(Location.of(parameter, mirror, "value"), Diagnostic.CHOICES_ON_ENUM,
                        Mirrors.simpleNameOf(mirror), parameter.getSimpleName());
                return Optional.empty();
            }
        }
        return Optional.of(new ComponentModel(label, kind, ValueTypeModel.enumOf(enumType), parameter.asType(), Map.of()));
    }

    private Optional<ComponentModel> readScalar(VariableElement parameter, ValueTypes.Scalar scalar,
                                                Optional<AnnotationMirror> annotation, String label) {
        TypeMirror type = parameter.asType();
        if (annotation.isEmpty()) {
            return Optional.of(new ComponentModel(label, scalar.defaultKind, scalar.valueType(), type, Map.of()));
        }
        AnnotationMirror mirror = annotation.get();
        Map<String, Object> props = new LinkedHashMap<>();
        ComponentKind kind;
        switch (Mirrors.nameOf(mirror)) {
            case AnnotationNames.TEXTBOX -> {
                if (scalar != ValueTypes.Scalar.STRING) {
                    return mismatch(parameter, mirror, "String parameters");
                }
                if (!TextboxProps.read(elements, reporter, parameter, mirror, props)) {
                    return Optional.empty();
                }
                kind = ComponentKind.TEXTBOX;
            }
            case AnnotationNames.NUMBER -> {
                if (!scalar.isNumeric()) {
                    return mismatch(parameter, mirror, "double, float, int, long and their boxed types");
                }
                kind = ComponentKind.NUMBER;
            }
            case AnnotationNames.CHECKBOX -> {
                if (scalar.defaultKind != ComponentKind.CHECKBOX) {
                    return mismatch(parameter, mirror, "boolean and Boolean");
                }
                kind = ComponentKind.CHECKBOX;
            }
            case AnnotationNames.SLIDER -> {
                if (!scalar.isNumeric()) {
                    return mismatch(parameter, mirror, "double, float, int, long and their boxed types");
                }
                if (!readSlider(parameter, mirror, props)) {
                    return Optional.empty();
                }
                kind = ComponentKind.SLIDER;
            }
            case AnnotationNames.RADIO, AnnotationNames.DROPDOWN -> {
                if (scalar != ValueTypes.Scalar.STRING) {
                    return mismatch(parameter, mirror, "String and enum parameters");
                }
                if (!readChoices(parameter, mirror, props)) {
                    return Optional.empty();
                }
                kind = Mirrors.nameOf(mirror).equals(AnnotationNames.RADIO) ? ComponentKind.RADIO : ComponentKind.DROPDOWN;
            }
            default -> throw new IllegalStateException("unknown component annotation " + Mirrors.nameOf(mirror));
        }
        return Optional.of(new ComponentModel(label, kind, scalar.valueType(), type, props));
    }

    private boolean readChoices(VariableElement parameter, AnnotationMirror mirror, Map<String, Object> props) {
        List<AnnotationValue> values = Mirrors.array(elements, mirror, "value");
        if (values.isEmpty()) {
            String annotationName = Mirrors.simpleNameOf(mirror);
            reporter.error(Location.of(parameter, mirror), Diagnostic.MISSING_CHOICES,
                    annotationName, parameter.getSimpleName(), annotationName);
            return false;
        }
        int before = reporter.errorCount();
        Choices.checkDuplicates(reporter, parameter, mirror, values);
        props.put("choices", Mirrors.strings(elements, mirror, "value"));
        return reporter.errorCount() == before;
    }

    private boolean readSlider(VariableElement parameter, AnnotationMirror mirror, Map<String, Object> props) {
        int before = reporter.errorCount();
        double minimum = finite(parameter, mirror, "minimum");
        double maximum = finite(parameter, mirror, "maximum");
        double step = finite(parameter, mirror, "step");
        if (reporter.errorCount() > before) {
            return false;
        }
        if (minimum >= maximum) {
            // the bound the user most likely mistyped is the one written last; point at maximum when written
            String member = Mirrors.isExplicit(mirror, "maximum") ? "maximum" : "minimum";
            reporter.error(Location.of(parameter, mirror, member), Diagnostic.SLIDER_RANGE, minimum, maximum);
        }
        if (step <= 0) {
            reporter.error(Location.of(parameter, mirror, "step"), Diagnostic.SLIDER_STEP, step);
        }
        props.put("minimum", minimum);
        props.put("maximum", maximum);
        props.put("step", step);
        return reporter.errorCount() == before;
    }

    private double finite(VariableElement parameter, AnnotationMirror mirror, String member) {
        double value = Mirrors.doubleValue(elements, mirror, member);
        if (!Double.isFinite(value)) {
            reporter.error(Location.of(parameter, mirror, member), Diagnostic.SLIDER_NOT_FINITE, member, value);
        }
        return value;
    }

    private Optional<ComponentModel> mismatch(VariableElement parameter, AnnotationMirror mirror, String fits) {
        reporter.error(Location.of(parameter, mirror), Diagnostic.COMPONENT_TYPE_MISMATCH,
                Mirrors.simpleNameOf(mirror), parameter.asType(), fits);
        return Optional.empty();
    }

    static String names(List<AnnotationMirror> annotations) {
        return annotations.stream().map(a -> "@" + Mirrors.simpleNameOf(a)).collect(Collectors.joining(", "));
    }
}
