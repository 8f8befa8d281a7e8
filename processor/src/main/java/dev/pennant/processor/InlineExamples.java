package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.diagnostic.MessageText;
import dev.pennant.processor.diagnostic.SourceTrees;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Reads the {@code @Example} rows of a method and checks each text value the way the runtime will
 * convert it at launch: one value per input, numbers that parse and fit, {@code true}/{@code false},
 * listed choices, and file paths that stay inside the working directory (the runtime's base for
 * inline image and file examples).
 */
final class InlineExamples {
    /** A JSON-style decimal number: what a CSV cell or a user writes, and nothing Java-specific such as {@code 1d}. */
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private final Elements elements;
    private final Reporter reporter;
    private final SourceTrees sourceTrees;

    InlineExamples(Elements elements, Reporter reporter, SourceTrees sourceTrees) {
        this.elements = elements;
        this.reporter = reporter;
        this.sourceTrees = sourceTrees;
    }

    /** The {@code @Example} annotations on the method, whether written once or repeated (inside {@code @Examples}). */
    static List<AnnotationMirror> find(Elements elements, ExecutableElement method) {
        List<AnnotationMirror> rows = new ArrayList<>();
        Mirrors.find(method, AnnotationNames.EXAMPLE).ifPresent(rows::add);
        Mirrors.find(method, AnnotationNames.EXAMPLES).ifPresent(container -> {
            for (AnnotationValue row : Mirrors.array(elements, container, "value")) {
                rows.add((AnnotationMirror) row.getValue());
            }
        });
        return rows;
    }

    /**
     * The rows as written; reports every value that does not fit its input.
     *
     * @param inputs one entry per input parameter: its component, or empty when it could not be read
     *               (already reported; its values are then not checked, but the count still is)
     * @param labels the label of each input, for messages
     */
    List<List<String>> read(ExecutableElement method, List<AnnotationMirror> rows, List<Optional<ComponentModel>> inputs,
                            List<String> labels) {
        List<List<String>> examples = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            AnnotationMirror row = rows.get(r);
            List<AnnotationValue> values = Mirrors.array(elements, row, "value");
            if (values.size() != inputs.size()) {
                new At(method, rows.size(), r, -1, Location.of(method, row, "value")).error(Diagnostic.EXAMPLE_VALUE_COUNT,
                        values.size(), values.size() == 1 ? "" : "s", method.getSimpleName(),
                        inputs.size(), inputs.size() == 1 ? "" : "s", String.join(", ", labels));
            } else {
                for (int i = 0; i < values.size(); i++) {
                    if (inputs.get(i).isPresent()) {
                        At at = new At(method, rows.size(), r, i, Location.of(method, row, values.get(i)));
                        check(at, (String) values.get(i).getValue(), inputs.get(i).get());
                    }
                }
            }
            examples.add(Mirrors.strings(elements, row, "value"));
        }
        return examples;
    }

    /** One value of one row: reported where it is written, even among repeated annotations. */
    private final class At {
        private final ExecutableElement method;
        private final int rows;
        private final int row;
        private final int value;
        private final Location fallback;

        At(ExecutableElement method, int rows, int row, int value, Location fallback) {
            this.method = method;
            this.rows = rows;
            this.row = row;
            this.value = value;
            this.fallback = fallback;
        }

        void error(Diagnostic diagnostic, Object... args) {
            Location at = sourceTrees.repeatedAnnotation(method, AnnotationNames.EXAMPLE, rows, row, value)
                    .orElse(fallback);
            reporter.error(at, diagnostic, args);
        }
    }

    private void check(At at, String value, ComponentModel input) {
        String label = input.label();
        switch (input.kind()) {
            case NUMBER, SLIDER -> {
                Optional<Double> number = number(value, input.valueType().constant());
                if (number.isEmpty()) {
                    boolean whole = input.valueType().constant().matches("(BOXED_)?(INT|LONG)");
                    String type = input.valueType().constant().replace("BOXED_", "").toLowerCase(java.util.Locale.ROOT);
                    at.error(Diagnostic.EXAMPLE_VALUE_TYPE, value, label,
                            whole ? "a whole number that fits in " + type : "a finite " + type,
                            whole ? "digits such as 5 or -12" : "a number such as 5, -1.5 or 2e3");
                } else if (input.kind() == ComponentKind.SLIDER) {
                    double minimum = (Double) input.props().get("minimum");
                    double maximum = (Double) input.props().get("maximum");
                    if (number.get() < minimum || number.get() > maximum) {
                        at.error(Diagnostic.EXAMPLE_OUTSIDE_SLIDER, value, label, minimum, maximum);
                    }
                }
            }
            case CHECKBOX -> {
                if (!value.equals("true") && !value.equals("false")) {
                    at.error(Diagnostic.EXAMPLE_VALUE_TYPE, value, label, "a boolean", "true or false");
                }
            }
            case RADIO, DROPDOWN -> {
                if (input.valueType().isEnum()) {
                    List<String> constants = Choices.constantsOf(input.valueType().enumType());
                    if (!constants.contains(value)) {
                        at.error(Diagnostic.EXAMPLE_VALUE_TYPE, value, label,
                                "a constant of " + input.valueType().enumType().getSimpleName(),
                                "one of " + String.join(", ", constants));
                    }
                } else {
                    @SuppressWarnings("unchecked")
                    List<String> choices = (List<String>) input.props().get("choices");
                    if (!choices.contains(value)) {
                        at.error(Diagnostic.EXAMPLE_NOT_A_CHOICE, value, label, String.join(", ", choices));
                    }
                }
            }
            case IMAGE, FILE -> whyNotARelativePath(value).ifPresent(why ->
                    at.error(Diagnostic.EXAMPLE_FILE_PATH, MessageText.shown(value), label, why));
            default -> {
                // text: any value is fine
            }
        }
    }

    /** The value as a number when it parses and fits the Java type named by {@code valueType}. */
    private static Optional<Double> number(String text, String valueType) {
        switch (valueType.replace("BOXED_", "")) {
            case "INT", "LONG" -> {
                if (!WHOLE.matcher(text).matches()) {
                    return Optional.empty();
                }
                BigInteger value = new BigInteger(text);
                boolean isInt = valueType.endsWith("INT");
                BigInteger min = BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
                BigInteger max = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
                return value.compareTo(min) < 0 || value.compareTo(max) > 0
                        ? Optional.empty() : Optional.of(value.doubleValue());
            }
            default -> {
                if (!DECIMAL.matcher(text).matches()) {
                    return Optional.empty();
                }
                double value = Double.parseDouble(text);
                boolean fits = valueType.endsWith("FLOAT") ? Float.isFinite((float) value) : Double.isFinite(value);
                return fits ? Optional.of(value) : Optional.empty();
            }
        }
    }

    /** Why {@code path} could reach outside the working directory, or empty when it cannot. */
    static Optional<String> whyNotARelativePath(String path) {
        if (path.isBlank()) {
            return Optional.of("is blank");
        }
        if (path.startsWith("/") || path.startsWith("\\") || DRIVE.matcher(path).matches()) {
            return Optional.of("is an absolute path");
        }
        for (String segment : path.split("[/\\\\]")) {
            if (segment.equals("..")) {
                return Optional.of("climbs out of the directory with '..'");
            }
        }
        if (path.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("contains a control character");
        }
        return Optional.empty();
    }
}
