package dev.pennant.processor.read.check;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;

/** Checks each apiName's form and that no two methods of one class share one (they share one server). */
public final class ApiNames {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]+");

    /** declaring class → apiName → the method that took it first. */
    private final Map<String, Map<String, Element>> taken = new HashMap<>();

    /** Checks the {@code apiName} of {@code annotation} (an {@code @Interface}) on a method of {@code declaringClass}. */
    public void check(AnnotationValues annotation, String declaringClass) {
        String apiName = annotation.string("apiName");
        if (!VALID.matcher(apiName).matches()) {
            annotation.error("apiName", Diagnostic.INVALID_API_NAME, apiName);
            return;
        }
        Element method = annotation.element();
        Element first = taken.computeIfAbsent(declaringClass, c -> new HashMap<>()).putIfAbsent(apiName, method);
        if (first != null && !first.equals(method)) {
            annotation.error("apiName", Diagnostic.DUPLICATE_API_NAME, apiName, first.getSimpleName());
        }
    }
}
