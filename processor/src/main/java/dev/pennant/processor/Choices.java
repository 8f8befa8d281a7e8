package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Reports listed choices (Radio, Dropdown) or options (flaggingOptions) that repeat, on the repeated value. */
final class Choices {
    private Choices() {
    }

    static void checkDuplicates(Reporter reporter, Element element, AnnotationMirror mirror, List<AnnotationValue> values) {
        Set<String> seen = new HashSet<>();
        for (AnnotationValue value : values) {
            String choice = (String) value.getValue();
            if (!seen.add(choice)) {
                reporter.error(Location.of(element, mirror, value), Diagnostic.DUPLICATE_CHOICE, choice);
            }
        }
    }
}
