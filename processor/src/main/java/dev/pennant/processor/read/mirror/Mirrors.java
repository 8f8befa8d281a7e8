package dev.pennant.processor.read.mirror;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Reads annotations through mirrors, by name, so the processor never needs the annotation classes. */
public final class Mirrors {
    private Mirrors() {
    }

    public static Optional<AnnotationMirror> find(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (nameOf(mirror).equals(annotationName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The annotations on {@code element} whose names are in {@code names}, in source order. */
    public static List<AnnotationMirror> findAll(Element element, List<String> names) {
        List<AnnotationMirror> found = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (names.contains(nameOf(mirror))) {
                found.add(mirror);
            }
        }
        return found;
    }

    public static String nameOf(AnnotationMirror mirror) {
        return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    public static String simpleNameOf(AnnotationMirror mirror) {
        return mirror.getAnnotationType().asElement().getSimpleName().toString();
    }

    /** The value written in source for {@code member}, empty when the member is left at its default. */
    public static Optional<AnnotationValue> explicitValue(AnnotationMirror mirror, String member) {
        return valueIn(mirror.getElementValues(), member);
    }

    public static boolean isExplicit(AnnotationMirror mirror, String member) {
        return explicitValue(mirror, member).isPresent();
    }

    /** The value of {@code member}, written or defaulted. */
    public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String member) {
        return valueIn(elements.getElementValuesWithDefaults(mirror), member)
                .orElseThrow(() -> new IllegalArgumentException(nameOf(mirror) + " has no member " + member));
    }

    public static String string(Elements elements, AnnotationMirror mirror, String member) {
        return (String) value(elements, mirror, member).getValue();
    }

    public static double doubleValue(Elements elements, AnnotationMirror mirror, String member) {
        return ((java.lang.Number) value(elements, mirror, member).getValue()).doubleValue();
    }

    public static int intValue(Elements elements, AnnotationMirror mirror, String member) {
        return ((java.lang.Number) value(elements, mirror, member).getValue()).intValue();
    }

    /** The constant's name for an enum-valued member. */
    public static String enumConstant(Elements elements, AnnotationMirror mirror, String member) {
        return ((VariableElement) value(elements, mirror, member).getValue()).getSimpleName().toString();
    }

    /** The class for a {@code Class<?>}-valued member, as a type mirror (never a loaded class). */
    public static TypeMirror type(Elements elements, AnnotationMirror mirror, String member) {
        Object value = value(elements, mirror, member).getValue();
        return value instanceof TypeMirror type ? type : null;
    }

    /** The elements of a {@code String[]} member, each with its own value so errors can point at one. */
    @SuppressWarnings("unchecked")
    public static List<AnnotationValue> array(Elements elements, AnnotationMirror mirror, String member) {
        return List.copyOf((List<? extends AnnotationValue>) value(elements, mirror, member).getValue());
    }

    public static List<String> strings(Elements elements, AnnotationMirror mirror, String member) {
        List<String> strings = new ArrayList<>();
        for (AnnotationValue value : array(elements, mirror, member)) {
            strings.add((String) value.getValue());
        }
        return List.copyOf(strings);
    }

    private static Optional<AnnotationValue> valueIn(
            Map<? extends ExecutableElement, ? extends AnnotationValue> values, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }
}
