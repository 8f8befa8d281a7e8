package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.model.props.TextboxProps;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Reads {@code @Textbox}'s lines and placeholder (on a parameter or on the method, for the output). */
final class TextboxReader {
    private TextboxReader() {
    }

    /** The props with {@code value} as the opening text; empty after reporting an invalid value. */
    static Optional<TextboxProps> read(Elements elements, Reporter reporter, Element element, AnnotationMirror mirror,
                                       Optional<String> value) {
        int lines = Mirrors.intValue(elements, mirror, "lines");
        if (lines < 1) {
            reporter.error(Location.of(element, mirror, "lines"), Diagnostic.TEXTBOX_LINES, lines);
            return Optional.empty();
        }
        return Optional.of(new TextboxProps(lines, Mirrors.string(elements, mirror, "placeholder"), value));
    }
}
