package dev.pennant.processor.read.component;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.model.props.SliderProps;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;
import java.util.OptionalDouble;

/** Reads {@code @Slider}: finite bounds in order, a positive step, and a {@code defaultValue} within the bounds. */
final class SliderReader {
    private SliderReader() {
    }

    static Optional<Props> read(AnnotationValues slider, ValueType valueType) {
        int before = slider.errorCount();
        double minimum = NumberReader.finite(slider, "minimum");
        double maximum = NumberReader.finite(slider, "maximum");
        double step = NumberReader.finite(slider, "step");
        if (slider.errorCount() > before) {
            return Optional.empty();
        }
        if (minimum >= maximum) {
            // the bound the user most likely mistyped is the one written last; point at maximum when written
            slider.error(slider.isExplicit("maximum") ? "maximum" : "minimum", Diagnostic.SLIDER_RANGE, minimum, maximum);
        }
        if (step <= 0) {
            slider.error("step", Diagnostic.SLIDER_STEP, step);
        }
        // NaN, the annotation's default, means "start at the minimum", which the runtime does without a prop
        OptionalDouble start = OptionalDouble.empty();
        if (!Double.isNaN(slider.doubleValue("defaultValue"))) {
            double value = NumberReader.finite(slider, "defaultValue");
            if (Double.isFinite(value) && (value < minimum || value > maximum)) {
                slider.error("defaultValue", Diagnostic.SLIDER_DEFAULT_OUT_OF_RANGE,
                        value, slider.element().getSimpleName(), minimum, maximum);
            }
            start = OptionalDouble.of(value);
        }
        return slider.errorCount() > before
                ? Optional.empty() : Optional.of(new SliderProps(minimum, maximum, step, start));
    }
}
