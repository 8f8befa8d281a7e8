package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Label: an output only, {@code Map<String, ? extends Number>} from class name to confidence. Sent as
 * Gradio's LabelData (the top class and every confidence, highest first); flagged as the guide's
 * Python dict in the map's order, {@code {'cat': 0.7, 'dog': 0.3}}.
 */
final class LabelCodec extends ComponentCodec {

    @Override
    Object decodeValue(Component component, JsonNode node, CodecContext context) {
        throw new InvalidInputException(component.label(), "a Label is an output and takes no input");
    }

    @Override
    JsonNode encodeValue(Component component, Object value, CodecContext context) {
        List<Map.Entry<?, ?>> entries = new ArrayList<>(((Map<?, ?>) value).entrySet());
        // A stable sort keeps the map's order among equal confidences.
        entries.sort((a, b) -> Double.compare(sortKey(b.getValue()), sortKey(a.getValue())));
        ObjectNode result = JSON.objectNode();
        result.put("label", entries.isEmpty() ? null : String.valueOf(entries.get(0).getKey()));
        ArrayNode list = result.putArray("confidences");
        for (Map.Entry<?, ?> entry : entries) {
            ObjectNode item = list.addObject();
            item.put("label", String.valueOf(entry.getKey()));
            item.set("confidence", NumberCodec.json(confidence(entry.getValue())));
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

    @Override
    String flagValue(Component component, Object value, FlagFolder folder) {
        return PythonDict.of((Map<?, ?>) value);
    }

    @Override
    public ObjectNode apiSchema(Component component) {
        ObjectNode schema = JSON.objectNode();
        schema.put("title", "LabelData");
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        props.putObject("label").put("type", "string");
        ObjectNode confidences = props.putObject("confidences");
        confidences.put("type", "array");
        ObjectNode item = confidences.putObject("items");
        item.put("type", "object");
        ObjectNode itemProps = item.putObject("properties");
        itemProps.putObject("label").put("type", "string");
        itemProps.putObject("confidence").put("type", "number");
        return schema;
    }

    @Override
    public String pythonType(Component component) {
        return "dict(label: str, confidences: list[dict(label: str, confidence: float)])";
    }
}
