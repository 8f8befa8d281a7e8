package dev.pennant.components.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Values of JSON components: maps with string keys, lists, strings, numbers, booleans and null
 * (generated code turns records into maps keyed by component name before they get here).
 */
final class JsonValues {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private JsonValues() {}

    /** The JSON a client receives. */
    static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** A JSON input as Java: LinkedHashMap, ArrayList, String, Integer/Long/Double, Boolean or null. */
    static Object fromTree(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    /** The JSON value {@code text} starts with. */
    static JsonNode parse(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }

    /** The CSV cell of a flagged JSON value: compact JSON text, which reads back with any JSON parser. */
    static String text(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
