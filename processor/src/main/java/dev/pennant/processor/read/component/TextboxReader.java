package dev.pennant.processor.read.component;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.model.props.TextboxProps;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;

/** Reads {@code @Textbox}: lines and placeholder, and for an input the text it opens with. */
final class TextboxReader {
    private TextboxReader() {
    }

    static Optional<Props> input(AnnotationValues textbox, ValueType valueType) {
        return read(textbox, textbox.nonEmptyString("defaultValue"));
    }

    /** An output shows what the method returns, so its {@code defaultValue} is not read. */
    static Optional<Props> output(AnnotationValues textbox, ValueType valueType) {
        return read(textbox, Optional.empty());
    }

    private static Optional<Props> read(AnnotationValues textbox, Optional<String> value) {
        int lines = textbox.intValue("lines");
        if (lines < 1) {
            textbox.error("lines", Diagnostic.TEXTBOX_LINES, lines);
            return Optional.empty();
        }
        return Optional.of(new TextboxProps(lines, textbox.string("placeholder"), value));
    }
}
