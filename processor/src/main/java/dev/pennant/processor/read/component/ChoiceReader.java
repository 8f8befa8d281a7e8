package dev.pennant.processor.read.component;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.EnumValueType;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.ChoiceProps;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/**
 * Reads {@code @Radio} and {@code @Dropdown}: a String lists its choices, each once; an enum's choices
 * are its constants. A {@code defaultValue}, when written, must be one of the choices.
 */
final class ChoiceReader {
    private ChoiceReader() {
    }

    static Optional<Props> read(AnnotationValues annotation, ValueType valueType) {
        List<AnnotationValue> listed = annotation.array("value");
        Object parameter = annotation.element().getSimpleName();
        if (valueType instanceof EnumValueType enumType) {
            if (!listed.isEmpty()) {
                annotation.error("value", Diagnostic.CHOICES_ON_ENUM, annotation.simpleName(), parameter);
                return Optional.empty();
            }
            return choice(annotation, enumType.constants()).map(choice -> new ChoiceProps(List.of(), choice));
        }
        if (listed.isEmpty()) {
            annotation.error(Diagnostic.MISSING_CHOICES, annotation.simpleName(), parameter, annotation.simpleName());
            return Optional.empty();
        }
        int before = annotation.errorCount();
        Set<String> seen = new HashSet<>();
        for (AnnotationValue value : listed) {
            String choice = (String) value.getValue();
            if (!seen.add(choice)) {
                annotation.error(value, Diagnostic.DUPLICATE_CHOICE, choice);
            }
        }
        List<String> choices = annotation.strings("value");
        Optional<Optional<String>> choice = choice(annotation, choices);
        return annotation.errorCount() > before ? Optional.empty() : Optional.of(new ChoiceProps(choices, choice.get()));
    }

    /** The {@code defaultValue} if written; empty after reporting one that is not a choice. */
    private static Optional<Optional<String>> choice(AnnotationValues annotation, List<String> choices) {
        Optional<String> choice = annotation.nonEmptyString("defaultValue");
        if (choice.isPresent() && !choices.contains(choice.get())) {
            annotation.error("defaultValue", Diagnostic.DEFAULT_NOT_A_CHOICE,
                    choice.get(), annotation.element().getSimpleName(), String.join(", ", choices));
            return Optional.empty();
        }
        return Optional.of(choice);
    }
}
