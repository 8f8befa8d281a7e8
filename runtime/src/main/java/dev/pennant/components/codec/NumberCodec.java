package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import dev.pennant.components.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Number: {@code double, float, int, long} and their boxes. A JSON number in, checked to fit the Java
 * type (5.0 is a whole number, because JavaScript has no separate integer type); whole results out
 * without a fraction ({@code 12}, as Python's json writes an int); in the CSV as the guide shows
 * numbers ({@code 12}, {@code 1.5}).
 */
class NumberCodec extends ComponentCodec {
    /** Doubles up to 2^53 are exact integers, so writing them without a fraction loses nothing. */
    private static final double EXACT_INTEGER_LIMIT = 9007199254740992d;

    /** The Java number types, told apart once from the value type's class. */
    private enum Width {
        DOUBLE, FLOAT, INT, LONG;

        static Width of(ValueType type) {
            if (type.is(Double.class)) {
                return DOUBLE;
            }
            if (type.is(Float.class)) {
                return FLOAT;
            }
            if (type.is(Integer.class)) {
                return INT;
            }
            if (type.is(Long.class)) {
                return LONG;
            }
            throw new IllegalArgumentException("a number component holds double, float, int or long values, not " + type);
        }

        boolean whole() {
            return this == INT || this == LONG;
        }
    }

    @Override
    Object decodeValue(Component component, JsonNode node, CodecContext context) {
        String label = component.label();
        return switch (Width.of(component.valueType())) {
            case DOUBLE -> finiteNumber(label, node);
            case FLOAT -> toFloat(label, finiteNumber(label, node));
            case INT -> integral(label, node, BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE))
                    .intValueExact();
            case LONG -> integral(label, node, BigInteger.valueOf(Long.MIN_VALUE), BigInteger.valueOf(Long.MAX_VALUE))
                    .longValueExact();
        };
    }

    @Override
    JsonNode encodeValue(Component component, Object value, CodecContext context) {
        if (value instanceof Integer i) {
            return JSON.numberNode(i);
        }
        if (value instanceof Long l) {
            return JSON.numberNode(l);
        }
        if (value instanceof java.lang.Number n) {
            return json(n.doubleValue());
        }
        return JSON.textNode(value.toString());
    }

    /** 12.0 is sent as 12; NaN and infinities, which JSON cannot hold, as null. */
    static JsonNode json(double value) {
        if (!Double.isFinite(value)) {
            return JSON.nullNode();
        }
        if (value == Math.rint(value) && Math.abs(value) <= EXACT_INTEGER_LIMIT) {
            return JSON.numberNode((long) value);
        }
        return JSON.numberNode(value);
    }

    @Override
    String flagValue(Component component, Object value, FlagFolder folder) {
        return value instanceof Double d ? NumberText.plain(d)
                : value instanceof Float f ? NumberText.plain(f) : value.toString();
    }

    /** An empty cell is no value; anything else must be a number. */
    @Override
    JsonNode cellJson(Component component, String cell) {
        String trimmed = cell.trim();
        if (trimmed.isEmpty()) {
            return JSON.nullNode();
        }
        try {
            return JSON.numberNode(new BigDecimal(trimmed));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(component.label(), "expected a number, got " + Shown.quoted(cell));
        }
    }

    @Override
    public ObjectNode apiSchema(Component component) {
        return JSON.objectNode().put("type", Width.of(component.valueType()).whole() ? "integer" : "number");
    }

    @Override
    public String pythonType(Component component) {
        return Width.of(component.valueType()).whole() ? "int" : "float";
    }

    /** The inline example as written, else the minimum a slider has, else 3. */
    @Override
    public JsonNode exampleInput(Component component, String inlineExample) {
        if (inlineExample != null) {
            return literalOrText(inlineExample);
        }
        Object minimum = component.props().get("minimum");
        if (Width.of(component.valueType()).whole()) {
            return JSON.numberNode(minimum instanceof java.lang.Number n ? n.longValue() : 3L);
        }
        return minimum instanceof java.lang.Number n ? JsonValues.toTree(n) : JSON.numberNode(3);
    }

    /** Gradio's Number prop for whole numbers; the page steps by 1. */
    @Override
    void configure(Component component, ObjectNode props) {
        if (Width.of(component.valueType()).whole()) {
            props.put("precision", 0);
        }
    }

    private static double finiteNumber(String label, JsonNode node) {
        expect(node.isNumber(), label, "a number", node);
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

    /** A whole number within [min, max]. */
    private static BigInteger integral(String label, JsonNode node, BigInteger min, BigInteger max) {
        expect(node.isNumber(), label, "a whole number", node);
        BigInteger whole;
        if (node.isIntegralNumber()) {
            whole = node.bigIntegerValue();
        } else {
            if (!Double.isFinite(node.doubleValue())) {
                throw new InvalidInputException(label, "the number is too large");
            }
            try {
                whole = node.decimalValue().toBigIntegerExact();
            } catch (ArithmeticException fractional) {
                throw new InvalidInputException(label, "expected a whole number, got " + node.asText());
            }
        }
        if (whole.compareTo(min) < 0 || whole.compareTo(max) > 0) {
            throw new InvalidInputException(label, whole + " is out of range (" + min + " to " + max + ")");
        }
        return whole;
    }
}
