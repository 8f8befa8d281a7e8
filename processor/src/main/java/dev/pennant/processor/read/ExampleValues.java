package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.MessageText;
import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.EnumValueType;
import dev.pennant.processor.model.NumberType;
import dev.pennant.processor.model.props.ChoiceProps;
import dev.pennant.processor.model.props.SliderProps;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks one text value of an {@code @Example} the way the runtime will convert it at launch: numbers
 * that parse and fit, {@code true}/{@code false}, listed choices or enum constants, and file paths that
 * stay inside the working directory (the runtime's base for inline image and file examples).
 */
final class ExampleValues {
    /** A JSON-style decimal number: what a CSV cell or a user writes, and nothing Java-specific such as {@code 1d}. */
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    /** Where a value that does not fit is reported. */
    interface Misfits {
        void error(Diagnostic diagnostic, Object... args);
    }

    private ExampleValues() {
    }

    static void check(String value, ComponentModel input, Misfits misfits) {
        String label = input.label();
        if (input.valueType() instanceof EnumValueType enumType) {
            List<String> constants = enumType.constants();
            if (!constants.contains(value)) {
                misfits.error(Diagnostic.EXAMPLE_VALUE_TYPE, value, label,
                        "a constant of " + enumType.enumType().getSimpleName(), "one of " + String.join(", ", constants));
            }
        } else if (input.props() instanceof ChoiceProps choices) {
            if (!choices.choices().contains(value)) {
                misfits.error(Diagnostic.EXAMPLE_NOT_A_CHOICE, value, label, String.join(", ", choices.choices()));
            }
        } else if (input.valueType() instanceof BuiltinValueType builtin && builtin.number().isPresent()) {
            checkNumber(value, input, builtin.number().get(), misfits);
        } else if (input.valueType() instanceof BuiltinValueType builtin && builtin.isBoolean()) {
            if (!value.equals("true") && !value.equals("false")) {
                misfits.error(Diagnostic.EXAMPLE_VALUE_TYPE, value, label, "a boolean", "true or false");
            }
        } else if (input.kind().holdsFiles()) {
            whyNotARelativePath(value).ifPresent(why ->
                    misfits.error(Diagnostic.EXAMPLE_FILE_PATH, MessageText.shown(value), label, why));
        }
        // text: any value is fine
    }

    private static void checkNumber(String value, ComponentModel input, NumberType type, Misfits misfits) {
        Optional<Double> number = number(value, type);
        if (number.isEmpty()) {
            String name = type.javaName();
            misfits.error(Diagnostic.EXAMPLE_VALUE_TYPE, value, input.label(),
                    type.isWhole() ? "a whole number that fits in " + name : "a finite " + name,
                    type.isWhole() ? "digits such as 5 or -12" : "a number such as 5, -1.5 or 2e3");
        } else if (input.props() instanceof SliderProps slider
                && (number.get() < slider.minimum() || number.get() > slider.maximum())) {
            misfits.error(Diagnostic.EXAMPLE_OUTSIDE_SLIDER, value, input.label(), slider.minimum(), slider.maximum());
        }
    }

    /** The value as a number when it parses and fits {@code type}. */
    private static Optional<Double> number(String text, NumberType type) {
        if (type.isWhole()) {
            if (!WHOLE.matcher(text).matches()) {
                return Optional.empty();
            }
            BigInteger value = new BigInteger(text);
            boolean isInt = type == NumberType.INT;
            BigInteger min = BigInteger.valueOf(isInt ? Integer.MIN_VALUE : Long.MIN_VALUE);
            BigInteger max = BigInteger.valueOf(isInt ? Integer.MAX_VALUE : Long.MAX_VALUE);
            return value.compareTo(min) < 0 || value.compareTo(max) > 0
                    ? Optional.empty() : Optional.of(value.doubleValue());
        }
        if (!DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        double value = Double.parseDouble(text);
        boolean fits = type == NumberType.FLOAT ? Float.isFinite((float) value) : Double.isFinite(value);
        return fits ? Optional.of(value) : Optional.empty();
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
