package dev.pennant.processor.model.props;

import java.util.List;
import java.util.Optional;

/** A Checkbox's props: whether it opens ticked, when the annotation says so. */
public record CheckboxProps(Optional<Boolean> value) implements Props {

    @Override
    public List<Prop> gradioProps() {
        return value.map(ticked -> List.of(new Prop("value", new PropValue.Flag(ticked)))).orElse(List.of());
    }
}
