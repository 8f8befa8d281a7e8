package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/** Checks each apiName's form and that no two methods of one class share one (they share one server). */
final class ApiNames {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]+");

    private final Reporter reporter;
    /** declaring class → apiName → the method that took it first. */
    private final Map<String, Map<String, ExecutableElement>> taken = new HashMap<>();

    ApiNames(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(ExecutableElement method, AnnotationMirror annotation, String apiName, String declaringClass) {
        Location at = Location.of(method, annotation, "apiName");
        if (!VALID.matcher(apiName).matches()) {
            reporter.error(at, Diagnostic.INVALID_API_NAME, apiName);
            return;
        }
        ExecutableElement first = taken.computeIfAbsent(declaringClass, c -> new HashMap<>()).putIfAbsent(apiName, method);
        if (first != null && !first.equals(method)) {
            reporter.error(at, Diagnostic.DUPLICATE_API_NAME, apiName, first.getSimpleName());
        }
    }
}
