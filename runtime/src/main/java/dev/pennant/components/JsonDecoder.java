package dev.pennant.components;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * Turns the JSON a client sent for one input into the Java value the method takes. Strict on
 * purpose: a wrong type is an error naming the input rather than a silent conversion, so the user
 * sees "num1 must be a number" instead of the method receiving something it never declared.
 */
public final class JsonDecoder {
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private JsonDecoder() {}

    /**
     * @param node the JSON value, or {@code null} when the client sent none
     * @throws InvalidInputException naming the component's label when the value does not fit
     */
    public static Object decode(Component component, JsonNode node) {
        return decode(component, node, FileCodec.NONE);
    }

    /**
     * Like {@link #decode(Component, JsonNode)}, with image and file inputs looked up in the server's files.
     *
     * @throws InvalidInputException naming the component's label when the value does not fit
     */
    public static Object decode(Component component, JsonNode node, FileCodec files) {
        String label = component.label();
        ValueType type = component.valueType();
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (type.nullable()) {
                return null;
            }
            throw new InvalidInputException(label, "a value is required");
        }
        Object value = switch (type.kind()) {
            case DOUBLE -> finiteNumber(label, node);
            case FLOAT -> toFloat(label, finiteNumber(label, node));
            case INT -> integral(label, node, INT_MIN, INT_MAX).intValueExact();
            case LONG -> integral(label, node, LONG_MIN, LONG_MAX).longValueExact();
            case BOOLEAN -> {
                if (!node.isBoolean()) {
                    throw new InvalidInputException(label, "expected true or false, got " + shown(node));
                }
                yield node.booleanValue();
            }
            case STRING -> {
                if (!node.isTextual()) {
                    throw new InvalidInputException(label, "expected text, got " + shown(node));
                }
                yield storableText(label, node.textValue());
            }
            case ENUM -> enumConstant(component, node);
            case LABEL_MAP -> throw new InvalidInputException(label, "a Label is an output and takes no input");
            case IMAGE, IMAGE_BYTES, IMAGE_PATH, FILE_PATH -> files.decode(component, node);
            case JSON -> JsonValues.fromTree(node);
        };
        checkChoice(component, value);
        checkRange(component, value);
        return value;
    }

    /**
     * Text a method gets is also text a flag writes to a CSV: a NUL (which truncates cells in many
     * tools) or half of a surrogate pair (JSON's {@code "\ud800"}, which has no UTF-8 form) is refused.
     */
    private static String storableText(String label, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InvalidInputException(label, "the text contains a NUL character (at position " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(label, "the text contains an unpaired surrogate (at position " + i
                        + "), which is not valid Unicode");
            }
        }
        return text;
    }

    private static double finiteNumber(String label, JsonNode node) {
        if (!node.isNumber()) {
            throw new InvalidInputException(label, "expected a number, got " + shown(node));
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(label, "the number is too large");
        }
        return value;
    }

    private static float toFloat(String label, double value) {
        float narrowed = (float) value;
        if (!Float.isFinite(narrowed)) {
            throw new InvalidInputException(label, "the number is too large");
        }
        return narrowed;
    }

    /** A whole number within [min, max]; 5.0 is accepted as 5 because JavaScript has no separate integer type. */
    private static BigInteger integral(String label, JsonNode node, BigInteger min, BigInteger max) {
        if (!node.isNumber()) {
            throw new InvalidInputException(label, "expected a whole number, got " + shown(node));
        }
        BigInteger whole;
        if (node.isIntegralNumber()) {
            whole = node.bigIntegerValue();
        } else {
            if (!Double.isFinite(node.doubleValue())) {
                throw new InvalidInputException(label, "the number is too large");
            }
            BigDecimal decimal = node.decimalValue();
            try {
                whole = decimal.toBigIntegerExact();
            } catch (ArithmeticException fractional) {
                throw new InvalidInputException(label, "expected a whole number, got " + node.asText());
            }
        }
        if (whole.compareTo(min) < 0 || whole.compareTo(max) > 0) {
            throw new InvalidInputException(label, whole + " is out of range (" + min + " to " + max + ")");
        }
        return whole;
    }

    private static Enum<?> enumConstant(Component component, JsonNode node) {
        if (!node.isTextual()) {
            throw new InvalidInputException(component.label(), "expected one of " + Choices.of(component) + ", got " + shown(node));
        }
        for (Enum<?> constant : component.valueType().constants()) {
            if (constant.name().equals(node.textValue())) {
                return constant;
            }
        }
        throw new InvalidInputException(component.label(),
                "expected one of " + Choices.of(component) + ", got " + shown(node));
    }

    private static void checkChoice(Component component, Object value) {
        if (!(value instanceof String text)) {
            return;
        }
        List<String> choices = Choices.of(component);
        if (!choices.isEmpty() && !choices.contains(text)) {
            throw new InvalidInputException(component.label(), "expected one of " + choices + ", got " + shown(text));
        }
    }

    /** A slider's bounds are part of its contract: the method may rely on them. */
    private static void checkRange(Component component, Object value) {
        if (component.type() != ComponentType.SLIDER || !(value instanceof java.lang.Number number)) {
            return;
        }
        double v = number.doubleValue();
        Object min = component.props().get("minimum");
        Object max = component.props().get("maximum");
        if ((min instanceof java.lang.Number lo && v < lo.doubleValue())
                || (max instanceof java.lang.Number hi && v > hi.doubleValue())) {
            throw new InvalidInputException(component.label(), NumberText.plain(v) + " is outside the slider's range ("
                    + describe(min) + " to " + describe(max) + ")");
        }
    }

    private static String describe(Object bound) {
        return bound instanceof java.lang.Number n ? NumberText.plain(n.doubleValue()) : "unbounded";
    }

    /** A short rendering of what was received; long strings are cut so an error never echoes a huge body. */
    private static String shown(JsonNode node) {
        if (node.isTextual()) {
            return shown(node.textValue());
        }
        String text = node.toString();
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static String shown(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
    }
}
