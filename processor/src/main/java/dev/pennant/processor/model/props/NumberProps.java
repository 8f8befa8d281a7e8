package dev.pennant.processor.model.props;

import java.util.List;
import java.util.OptionalDouble;

/** A Number's props: the finite number it opens with, if any. */
public record NumberProps(OptionalDouble value) implements Props {

    @Override
    public List<Prop> gradioProps() {
        return value.isPresent() ? List.of(new Prop("value", new PropValue.Decimal(value.getAsDouble()))) : List.of();
    }
}
