package dev.pennant.components;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Values of JSON components: maps with string keys, lists, strings, numbers, booleans and null
 * (generated code turns records into maps keyed by component name before they get here).
 */
public final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonValues() {}

    /** The JSON a client receives. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** A JSON input as Java: LinkedHashMap, ArrayList, String, Integer/Long/Double, Boolean or null. */
    public static Object fromTree(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    /** The CSV cell of a flagged JSON value: compact JSON text, which reads back with any JSON parser. */
    public static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
