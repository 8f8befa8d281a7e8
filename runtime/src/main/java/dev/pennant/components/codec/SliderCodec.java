package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;

/**
 * Slider: a Number with bounds ({@code minimum}, {@code maximum}, {@code step} props). The bounds are
 * part of its contract, so a value outside them is refused: the method may rely on them.
 */
final class SliderCodec extends NumberCodec {

    @Override
    Object decodeValue(Component component, JsonNode node, CodecContext context) {
        Object value = super.decodeValue(component, node, context);
        double v = ((java.lang.Number) value).doubleValue();
        Object min = component.props().get("minimum");
        Object max = component.props().get("maximum");
        if ((min instanceof java.lang.Number lo && v < lo.doubleValue())
                || (max instanceof java.lang.Number hi && v > hi.doubleValue())) {
            throw new InvalidInputException(component.label(), NumberText.plain(v) + " is outside the slider's range ("
                    + describe(min) + " to " + describe(max) + ")");
        }
        return value;
    }

    /** A slider without a default opens at its minimum, as in Gradio. */
    @Override
    JsonNode emptyValue(Component component) {
        return JsonValues.toTree(component.props().getOrDefault("minimum", 0d));
    }

    private static String describe(Object bound) {
        return bound instanceof java.lang.Number n ? NumberText.plain(n.doubleValue()) : "unbounded";
    }
}
