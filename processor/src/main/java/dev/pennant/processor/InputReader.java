package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.EnumValueType;
import dev.pennant.processor.model.props.CheckboxProps;
import dev.pennant.processor.model.props.ChoiceProps;
import dev.pennant.processor.model.props.NumberProps;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.model.props.SliderProps;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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
        String label = annotation.map(a -> Mirrors.string(elements, a, "label")).filter(l -> !l.isEmpty()).orElse(name);
        Optional<ValueTypes.FileType> fileType = valueTypes.fileType(type);
        String annotationName = annotation.map(Mirrors::nameOf).orElse("");
        if (fileType.isPresent() || FileComponents.isFileAnnotation(annotationName)) {
            return readFile(parameter, fileType, annotation, label);
        }
        Optional<ValueTypes.Scalar> scalar = valueTypes.scalar(type);
        Optional<TypeElement> enumType = valueTypes.enumType(type);
        if (scalar.isEmpty() && enumType.isEmpty()) {
            reporter.error(Location.of(parameter), Diagnostic.UNSUPPORTED_PARAMETER_TYPE, name, type,
                    SupportedTypes.INPUTS);
            return Optional.empty();
        }
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
        EnumValueType valueType = new EnumValueType(enumType);
        Props props = Props.NONE;
        if (annotation.isPresent()) {
            Optional<Optional<String>> choice = readChoiceDefault(parameter, annotation.get(), valueType.constants());
            if (choice.isEmpty()) {
                return Optional.empty();
            }
            props = new ChoiceProps(List.of(), choice.get());
        }
        return Optional.of(new ComponentModel(label, kind, valueType, parameter.asType(), props));
    }

    private Optional<ComponentModel> readScalar(VariableElement parameter, ValueTypes.Scalar scalar,
                                                Optional<AnnotationMirror> annotation, String label) {
        TypeMirror type = parameter.asType();
        if (annotation.isEmpty()) {
            return Optional.of(new ComponentModel(label, scalar.defaultKind, scalar.valueType(), type, Props.NONE));
        }
        AnnotationMirror mirror = annotation.get();
        Optional<? extends Props> props;
        ComponentKind kind;
        switch (Mirrors.nameOf(mirror)) {
            case AnnotationNames.TEXTBOX -> {
                if (scalar != ValueTypes.Scalar.STRING) {
                    return mismatch(parameter, mirror, "String parameters");
                }
                Optional<String> text = Optional.of(Mirrors.string(elements, mirror, "defaultValue"))
                        .filter(t -> !t.isEmpty());
                props = TextboxReader.read(elements, reporter, parameter, mirror, text);
                kind = ComponentKind.TEXTBOX;
            }
            case AnnotationNames.NUMBER -> {
                if (!scalar.isNumeric()) {
                    return mismatch(parameter, mirror, "double, float, int, long and their boxed types");
                }
                double number = Mirrors.doubleValue(elements, mirror, "defaultValue");
                props = Optional.of(new NumberProps(OptionalDouble.empty()));
                if (!Double.isNaN(number)) {
                    props = Double.isNaN(finite(parameter, mirror, "defaultValue"))
                            ? Optional.empty() : Optional.of(new NumberProps(OptionalDouble.of(number)));
                }
                kind = ComponentKind.NUMBER;
            }
            case AnnotationNames.CHECKBOX -> {
                if (scalar.defaultKind != ComponentKind.CHECKBOX) {
                    return mismatch(parameter, mirror, "boolean and Boolean");
                }
                props = Optional.of(new CheckboxProps(
                        Mirrors.explicitValue(mirror, "defaultValue").map(v -> (Boolean) v.getValue())));
                kind = ComponentKind.CHECKBOX;
            }
            case AnnotationNames.SLIDER -> {
                if (!scalar.isNumeric()) {
                    return mismatch(parameter, mirror, "double, float, int, long and their boxed types");
                }
                props = readSlider(parameter, mirror);
                kind = ComponentKind.SLIDER;
            }
            case AnnotationNames.RADIO, AnnotationNames.DROPDOWN -> {
                if (scalar != ValueTypes.Scalar.STRING) {
                    return mismatch(parameter, mirror, "String and enum parameters");
                }
                props = readChoices(parameter, mirror);
                kind = Mirrors.nameOf(mirror).equals(AnnotationNames.RADIO) ? ComponentKind.RADIO : ComponentKind.DROPDOWN;
            }
            default -> throw new IllegalStateException("unknown component annotation " + Mirrors.nameOf(mirror));
        }
        ComponentKind picked = kind;
        return props.map(p -> new ComponentModel(label, picked, scalar.valueType(), type, p));
    }

    private Optional<ChoiceProps> readChoices(VariableElement parameter, AnnotationMirror mirror) {
        List<AnnotationValue> values = Mirrors.array(elements, mirror, "value");
        if (values.isEmpty()) {
            String annotationName = Mirrors.simpleNameOf(mirror);
            reporter.error(Location.of(parameter, mirror), Diagnostic.MISSING_CHOICES,
                    annotationName, parameter.getSimpleName(), annotationName);
            return Optional.empty();
        }
        int before = reporter.errorCount();
        Choices.checkDuplicates(reporter, parameter, mirror, values);
        List<String> choices = Mirrors.strings(elements, mirror, "value");
        Optional<Optional<String>> choice = readChoiceDefault(parameter, mirror, choices);
        return reporter.errorCount() == before ? Optional.of(new ChoiceProps(choices, choice.get())) : Optional.empty();
    }

    /**
     * A Radio's or Dropdown's {@code defaultValue}, when written, must be one of its choices (an enum's
     * constant names): the choice if written, or empty after reporting one that is not a choice.
     */
    private Optional<Optional<String>> readChoiceDefault(VariableElement parameter, AnnotationMirror mirror,
                                                         List<String> choices) {
        String choice = Mirrors.string(elements, mirror, "defaultValue");
        if (choice.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (!choices.contains(choice)) {
            reporter.error(Location.of(parameter, mirror, "defaultValue"), Diagnostic.DEFAULT_NOT_A_CHOICE,
                    choice, parameter.getSimpleName(), String.join(", ", choices));
            return Optional.empty();
        }
        return Optional.of(Optional.of(choice));
    }

    private Optional<SliderProps> readSlider(VariableElement parameter, AnnotationMirror mirror) {
        int before = reporter.errorCount();
        double minimum = finite(parameter, mirror, "minimum");
        double maximum = finite(parameter, mirror, "maximum");
        double step = finite(parameter, mirror, "step");
        if (reporter.errorCount() > before) {
            return Optional.empty();
        }
        if (minimum >= maximum) {
            // the bound the user most likely mistyped is the one written last; point at maximum when written
            String member = Mirrors.isExplicit(mirror, "maximum") ? "maximum" : "minimum";
            reporter.error(Location.of(parameter, mirror, member), Diagnostic.SLIDER_RANGE, minimum, maximum);
        }
        if (step <= 0) {
            reporter.error(Location.of(parameter, mirror, "step"), Diagnostic.SLIDER_STEP, step);
        }
        // NaN, the annotation's default, means "start at the minimum", which the runtime does without a prop
        OptionalDouble start = OptionalDouble.empty();
        if (!Double.isNaN(Mirrors.doubleValue(elements, mirror, "defaultValue"))) {
            double value = finite(parameter, mirror, "defaultValue");
            if (Double.isFinite(value) && (value < minimum || value > maximum)) {
                reporter.error(Location.of(parameter, mirror, "defaultValue"), Diagnostic.SLIDER_DEFAULT_OUT_OF_RANGE,
                        value, parameter.getSimpleName(), minimum, maximum);
            }
            start = OptionalDouble.of(value);
        }
        return reporter.errorCount() == before
                ? Optional.of(new SliderProps(minimum, maximum, step, start)) : Optional.empty();
    }

    /** The member's value; reports it and returns NaN when it is NaN or infinite. */
    private double finite(VariableElement parameter, AnnotationMirror mirror, String member) {
        double value = Mirrors.doubleValue(elements, mirror, member);
        if (!Double.isFinite(value)) {
            reporter.error(Location.of(parameter, mirror, member), Diagnostic.SLIDER_NOT_FINITE,
                    Mirrors.simpleNameOf(mirror), member, value);
            return Double.NaN;
        }
        return value;
    }

    /** An Image or File input; a mismatch when the annotation and the type do not fit together. */
    private Optional<ComponentModel> readFile(VariableElement parameter, Optional<ValueTypes.FileType> fileType,
                                              Optional<AnnotationMirror> annotation, String label) {
        String annotationName = annotation.map(Mirrors::nameOf).orElse("");
        Optional<FileComponents.Pick> pick = FileComponents.pick(fileType, annotationName);
        if (pick.isPresent()) {
            int before = reporter.errorCount();
            annotation.ifPresent(a -> FolderLabels.check(reporter, parameter, a, label, pick.get().kind()));
            return reporter.errorCount() > before ? Optional.empty() : Optional.of(new ComponentModel(label,
                    pick.get().kind(), pick.get().valueType(), parameter.asType(), Props.NONE));
        }
        if (annotation.isEmpty()) {
            reporter.error(Location.of(parameter), Diagnostic.UNSUPPORTED_PARAMETER_TYPE,
                    parameter.getSimpleName(), parameter.asType(), SupportedTypes.INPUTS);
            return Optional.empty();
        }
        return mismatch(parameter, annotation.get(), parameterTypesFor(annotationName));
    }

    /** The parameter types a component annotation fits, for the mismatch message. */
    static String parameterTypesFor(String annotationName) {
        return switch (annotationName) {
            case AnnotationNames.TEXTBOX -> "String parameters";
            case AnnotationNames.CHECKBOX -> "boolean and Boolean";
            case AnnotationNames.RADIO, AnnotationNames.DROPDOWN -> "String and enum parameters";
            case AnnotationNames.IMAGE -> FileComponents.IMAGE_TYPES + " parameters";
            case AnnotationNames.FILE -> FileComponents.FILE_TYPES + " parameters";
            default -> "double, float, int, long and their boxed types";
        };
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
