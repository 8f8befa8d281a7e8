package dev.pennant.processor.model.props;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Radio's or Dropdown's props.
 *
 * @param choices the listed choices; empty for an enum, whose constants the runtime lists
 * @param value the choice it opens with, if any
 */
public record ChoiceProps(List<String> choices, Optional<String> value) implements Props {

    public ChoiceProps {
        choices = List.copyOf(choices);
    }

    @Override
    public List<Prop> gradioProps() {
        List<Prop> props = new ArrayList<>();
        if (!choices.isEmpty()) {
            props.add(new Prop("choices", new PropValue.Texts(choices)));
        }
        value.ifPresent(choice -> props.add(new Prop("value", new PropValue.Text(choice))));
        return props;
    }
}
