package dev.pennant.processor.read.component;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.NumberProps;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads {@code @Number}'s {@code defaultValue}: NaN, its default, means none; it must be finite otherwise. */
final class NumberReader {
    private NumberReader() {
    }

    static Optional<Props> read(AnnotationValues number, ValueType valueType) {
        if (Double.isNaN(number.doubleValue("defaultValue"))) {
            return Optional.of(new NumberProps(OptionalDouble.empty()));
        }
        double value = finite(number, "defaultValue");
        return Double.isNaN(value) ? Optional.empty() : Optional.of(new NumberProps(OptionalDouble.of(value)));
    }

    /** The member's value; reports it and returns NaN when it is NaN or infinite. */
    static double finite(AnnotationValues annotation, String member) {
        double value = annotation.doubleValue(member);
        if (!Double.isFinite(value)) {
            annotation.error(member, Diagnostic.SLIDER_NOT_FINITE, annotation.simpleName(), member, value);
            return Double.NaN;
        }
        return value;
    }
}
