package dev.pennant.processor.read.check;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.model.ComponentModel;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;

/** Labels name the CSV columns (and file folders), so the inputs and outputs of one method need distinct ones. */
public final class UniqueLabels {
    private UniqueLabels() {
    }

    public static void check(Reporter reporter, ExecutableElement method, List<ComponentModel> components) {
        Set<String> labels = new HashSet<>();
        for (ComponentModel component : components) {
            if (!labels.add(component.label())) {
                reporter.error(Location.of(method), Diagnostic.DUPLICATE_LABEL, method.getSimpleName(), component.label());
            }
        }
    }
}
