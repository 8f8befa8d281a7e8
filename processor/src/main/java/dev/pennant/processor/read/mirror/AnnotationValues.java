package dev.pennant.processor.read.mirror;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.diagnostic.Reporter;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * One annotation on one element, read member by member (written or defaulted), with errors reported
 * on the narrowest place: the member as written, one of its values, or the annotation.
 */
public final class AnnotationValues {
    private final Elements elements;
    private final Reporter reporter;
    private final Element element;
    private final AnnotationMirror mirror;

    public AnnotationValues(Elements elements, Reporter reporter, Element element, AnnotationMirror mirror) {
        this.elements = elements;
        this.reporter = reporter;
        this.element = element;
        this.mirror = mirror;
    }

    /** An annotation nested in this one (an array element, say), on the same element. */
    public AnnotationValues nested(AnnotationMirror nested) {
        return new AnnotationValues(elements, reporter, element, nested);
    }

    /** The annotated element. */
    public Element element() {
        return element;
    }

    public AnnotationMirror mirror() {
        return mirror;
    }

    /** The annotation's qualified name. */
    public String name() {
        return Mirrors.nameOf(mirror);
    }

    /** The annotation's simple name, as messages show it after {@code @}. */
    public String simpleName() {
        return Mirrors.simpleNameOf(mirror);
    }

    public String string(String member) {
        return Mirrors.string(elements, mirror, member);
    }

    public int intValue(String member) {
        return Mirrors.intValue(elements, mirror, member);
    }

    public double doubleValue(String member) {
        return Mirrors.doubleValue(elements, mirror, member);
    }

    /** The constant's name for an enum-valued member. */
    public String enumConstant(String member) {
        return Mirrors.enumConstant(elements, mirror, member);
    }

    /** The class for a {@code Class<?>}-valued member, or null when javac could not resolve it. */
    public TypeMirror type(String member) {
        return Mirrors.type(elements, mirror, member);
    }

    /** The elements of an array member, each with its own value so errors can point at one. */
    public List<AnnotationValue> array(String member) {
        return Mirrors.array(elements, mirror, member);
    }

    public List<String> strings(String member) {
        return Mirrors.strings(elements, mirror, member);
    }

    /** The value written in source for {@code member}, empty when the member is left at its default. */
    public Optional<AnnotationValue> explicit(String member) {
        return Mirrors.explicitValue(mirror, member);
    }

    public boolean isExplicit(String member) {
        return explicit(member).isPresent();
    }

    /** The non-empty string {@code member}; empty when it is left empty (the members' "not set"). */
    public Optional<String> nonEmptyString(String member) {
        return Optional.of(string(member)).filter(text -> !text.isEmpty());
    }

    /** An error on the annotation. */
    public void error(Diagnostic diagnostic, Object... args) {
        reporter.error(Location.of(element, mirror), diagnostic, args);
    }

    /** An error on {@code member} as written, or on the annotation when the member is defaulted. */
    public void error(String member, Diagnostic diagnostic, Object... args) {
        reporter.error(Location.of(element, mirror, member), diagnostic, args);
    }

    /** An error on one value of an array member. */
    public void error(AnnotationValue value, Diagnostic diagnostic, Object... args) {
        reporter.error(Location.of(element, mirror, value), diagnostic, args);
    }

    /** The errors reported so far in this compilation, so a reader can tell whether a step added one. */
    public int errorCount() {
        return reporter.errorCount();
    }
}
