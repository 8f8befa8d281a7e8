package dev.pennant.processor.read.component;

import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.CheckboxProps;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;

/** Reads {@code @Checkbox}'s {@code defaultValue}, when written. */
final class CheckboxReader {
    private CheckboxReader() {
    }

    static Optional<Props> read(AnnotationValues checkbox, ValueType valueType) {
        return Optional.of(new CheckboxProps(checkbox.explicit("defaultValue").map(value -> (Boolean) value.getValue())));
    }
}
