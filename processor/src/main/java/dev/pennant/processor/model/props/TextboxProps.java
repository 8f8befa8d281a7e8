package dev.pennant.processor.model.props;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Textbox's props.
 *
 * @param lines the number of lines, at least 1
 * @param placeholder the placeholder, empty for none
 * @param value the text it opens with (inputs only)
 */
public record TextboxProps(int lines, String placeholder, Optional<String> value) implements Props {

    @Override
    public List<Prop> gradioProps() {
        List<Prop> props = new ArrayList<>();
        if (lines != 1) {
            props.add(new Prop("lines", new PropValue.Whole(lines)));
        }
        if (!placeholder.isEmpty()) {
            props.add(new Prop("placeholder", new PropValue.Text(placeholder)));
        }
        value.ifPresent(text -> props.add(new Prop("value", new PropValue.Text(text))));
        return props;
    }
}
