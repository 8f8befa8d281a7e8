package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;

/**
 * JSON: plain data (maps with string keys, lists, strings, numbers, booleans, null; generated code
 * has turned records into maps), sent as it is and flagged as compact JSON text, which reads back with
 * any JSON parser.
 */
final class JsonCodec extends ComponentCodec {

    @Override
    Object decodeValue(Component component, JsonNode node, CodecContext context) {
        return JsonValues.fromTree(node);
    }

    @Override
    JsonNode encodeValue(Component component, Object value, CodecContext context) {
        return JsonValues.toTree(value);
    }

    @Override
    String flagValue(Component component, Object value, FlagFolder folder) {
        return CsvText.neutralize(JsonValues.text(value));
    }

    @Override
    public ObjectNode apiSchema(Component component) {
        return JSON.objectNode();
    }

    @Override
    public String pythonType(Component component) {
        return "dict(str, Any)";
    }
}
