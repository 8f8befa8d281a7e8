package dev.pennant.processor.model.props;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A Slider's props; the bounds and step are always stated.
 *
 * @param value where it opens; none means at the minimum, which the runtime does without a prop
 */
public record SliderProps(double minimum, double maximum, double step, OptionalDouble value) implements Props {

    @Override
    public List<Prop> gradioProps() {
        List<Prop> props = new ArrayList<>(List.of(
                new Prop("minimum", new PropValue.Decimal(minimum)),
                new Prop("maximum", new PropValue.Decimal(maximum)),
                new Prop("step", new PropValue.Decimal(step))));
        value.ifPresent(start -> props.add(new Prop("value", new PropValue.Decimal(start))));
        return props;
    }
}
