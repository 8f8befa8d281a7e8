package dev.pennant.components;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a value the method returned (or took) into the JSON Gradio's clients expect for its component. */
public final class JsonEncoder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Doubles up to 2^53 are exact integers, so writing them without a fraction loses nothing. */
    private static final double EXACT_INTEGER_LIMIT = 9007199254740992d;

    private JsonEncoder() {}

    public static JsonNode encode(Component component, Object value) {
        return encode(component, value, FileCodec.NONE);
    }

    /** Like {@link #encode(Component, Object)}, storing image and file outputs in the server's files. */
    public static JsonNode encode(Component component, Object value, FileCodec files) {
        if (value == null) {
            return JSON.nullNode();
        }
        ValueType.Kind kind = component.valueType().kind();
        if (kind == ValueType.Kind.LABEL_MAP) {
            return label((Map<?, ?>) value);
        }
        if (FileCodec.handles(kind)) {
            return files.encode(component, value);
        }
        if (kind == ValueType.Kind.JSON) {
            return JsonValues.toTree(value);
        }
        return scalar(value);
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return number(((java.lang.Number) value).doubleValue());
        }
        if (value instanceof Integer i) {
            return JSON.numberNode(i);
        }
        if (value instanceof Long l) {
            return JSON.numberNode(l);
        }
        if (value instanceof java.lang.Number n) {
            return number(n.doubleValue());
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Enum<?> e) {
            return JSON.textNode(e.name());
        }
        return JSON.textNode(value.toString());
    }

    /** 12.0 is sent as 12 (as Python's json does for an int result); NaN and infinities, which JSON cannot hold, as null. */
    private static JsonNode number(double value) {
        if (!Double.isFinite(value)) {
            return JSON.nullNode();
        }
        if (value == Math.rint(value) && Math.abs(value) <= EXACT_INTEGER_LIMIT) {
            return JSON.numberNode((long) value);
        }
        return JSON.numberNode(value);
    }

    /** Gradio's LabelData: the top class and every confidence, highest first. */
    private static JsonNode label(Map<?, ?> confidences) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(confidences.entrySet());
        // A stable sort keeps the map's order among equal confidences.
        entries.sort((a, b) -> Double.compare(sortKey(b.getValue()), sortKey(a.getValue())));
        ObjectNode result = JSON.objectNode();
        result.put("label", entries.isEmpty() ? null : String.valueOf(entries.get(0).getKey()));
        ArrayNode list = result.putArray("confidences");
        for (Map.Entry<?, ?> entry : entries) {
            ObjectNode item = list.addObject();
            item.put("label", String.valueOf(entry.getKey()));
            item.set("confidence", number(confidence(entry.getValue())));
        }
        return result;
    }

    /** Missing or NaN confidences go last rather than first (Double.compare puts NaN above everything). */
    private static double sortKey(Object value) {
        double c = confidence(value);
        return Double.isNaN(c) ? Double.NEGATIVE_INFINITY : c;
    }

    private static double confidence(Object value) {
        return value instanceof java.lang.Number n ? n.doubleValue() : Double.NaN;
    }
}
