package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Reads {@code @Textbox}'s lines and placeholder (on a parameter or on the method, for the output). */
final class TextboxProps {
    private TextboxProps() {
    }

    /** Adds the non-default props; returns false after reporting an invalid value. */
    static boolean read(Elements elements, Reporter reporter, Element element, AnnotationMirror mirror,
                        Map<String, Object> props) {
        int lines = Mirrors.intValue(elements, mirror, "lines");
        if (lines < 1) {
            reporter.error(Location.of(element, mirror, "lines"), Diagnostic.TEXTBOX_LINES, lines);
            return false;
        }
        if (lines != 1) {
            props.put("lines", lines);
        }
        String placeholder = Mirrors.string(elements, mirror, "placeholder");
        if (!placeholder.isEmpty()) {
            props.put("placeholder", placeholder);
        }
        return true;
    }
}
