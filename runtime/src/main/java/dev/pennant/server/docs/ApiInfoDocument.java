package dev.pennant.server.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Choices;
import dev.pennant.components.Component;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.predict.ServedInterface;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code GET /gradio_api/info}: each endpoint's parameters and returns in Gradio's shape
 * (reference/gradio-protocol.md §3). Clients read parameter names for keyword calls; the schemas
 * and Python types are documentation.
 */
final class ApiInfoDocument {
    private ApiInfoDocument() {}

    static ObjectNode build(List<ServedInterface> interfaces) {
        ObjectNode info = HttpJson.object();
        ObjectNode named = info.putObject("named_endpoints");
        info.putObject("unnamed_endpoints");
        for (ServedInterface served : interfaces) {
            ObjectNode endpoint = named.putObject("/" + served.apiName());
            ArrayNode parameters = endpoint.putArray("parameters");
            for (int i = 0; i < served.inputs().size(); i++) {
                Component input = served.inputs().get(i);
                ObjectNode p = describe(input);
                p.put("parameter_name", input.label());
                Object value = input.props().get("value");
                p.put("parameter_has_default", value != null);
                p.set("parameter_default", HttpJson.MAPPER.valueToTree(value));
                JsonNode inline = inlineExample(served, i);
                p.set("example_input", inline != null ? inline : example(input));
                // Gradio's key order: label first; the rest order does not matter to clients.
                parameters.add(p);
            }
            ArrayNode returns = endpoint.putArray("returns");
            for (Component output : served.outputs()) {
                returns.add(describe(output));
            }
            endpoint.put("show_api", true);
            endpoint.put("api_visibility", "public");
            endpoint.put("description", served.spec().description());
        }
        return info;
    }

    private static ObjectNode describe(Component component) {
        ObjectNode node = HttpJson.object();
        node.put("label", component.label());
        node.set("type", schema(component));
        ObjectNode python = node.putObject("python_type");
        python.put("type", pythonType(component));
        python.put("description", "");
        node.put("component", component.type().displayName());
        return node;
    }

    private static JsonNode schema(Component component) {
        ObjectNode schema = HttpJson.object();
        List<String> choices = Choices.of(component);
        switch (component.valueType().kind()) {
            case DOUBLE, FLOAT -> schema.put("type", "number");
            case INT, LONG -> schema.put("type", "integer");
            case BOOLEAN -> schema.put("type", "boolean");
            case STRING, ENUM -> {
                schema.put("type", "string");
                if (!choices.isEmpty()) {
                    ArrayNode values = schema.putArray("enum");
                    choices.forEach(values::add);
                }
            }
            case LABEL_MAP -> {
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
            }
            case IMAGE, IMAGE_BYTES, IMAGE_PATH, FILE_PATH -> {
                // Gradio's FileData: clients upload first, then send the path the server issued.
                schema.put("title", "FileData");
                schema.put("type", "object");
                ObjectNode props = schema.putObject("properties");
                props.putObject("path").put("type", "string");
                props.putObject("orig_name").put("type", "string");
                props.putObject("meta").put("type", "object");
                schema.putArray("required").add("path");
            }
            default -> { }
        }
        return schema;
    }

    private static String pythonType(Component component) {
        List<String> choices = Choices.of(component);
        return switch (component.valueType().kind()) {
            case DOUBLE, FLOAT -> "float";
            case INT, LONG -> "int";
            case BOOLEAN -> "bool";
            case STRING, ENUM -> choices.isEmpty() ? "str"
                    : choices.stream().map(c -> "'" + c.replace("'", "\\'") + "'")
                            .collect(Collectors.joining(", ", "Literal[", "]"));
            case LABEL_MAP -> "dict(label: str, confidences: list[dict(label: str, confidence: float)])";
            case IMAGE, IMAGE_BYTES, IMAGE_PATH, FILE_PATH -> "filepath";
            case JSON -> "dict(str, Any)";
        };
    }

    /**
     * The first inline {@code @Example} value for input {@code i}, as JSON: numbers and booleans as
     * such, everything else as text; null when there is none or it names a file.
     */
    private static JsonNode inlineExample(ServedInterface served, int i) {
        if (served.spec().examples().isEmpty() || served.inputs().get(i).holdsFiles()) {
            return null;
        }
        String text = served.spec().examples().get(0).get(i);
        switch (served.inputs().get(i).valueType().kind()) {
            case DOUBLE, FLOAT, INT, LONG, BOOLEAN -> {
                try {
                    JsonNode parsed = HttpJson.MAPPER.readTree(text.trim());
                    if (parsed != null && (parsed.isNumber() || parsed.isBoolean())) {
                        return parsed;
                    }
                } catch (java.io.IOException e) {
                    // not a JSON number: fall back to the text as written
                }
                return HttpJson.MAPPER.getNodeFactory().textNode(text);
            }
            default -> {
                return HttpJson.MAPPER.getNodeFactory().textNode(text);
            }
        }
    }

    private static JsonNode example(Component component) {
        List<String> choices = Choices.of(component);
        if (!choices.isEmpty()) {
            return HttpJson.MAPPER.getNodeFactory().textNode(choices.get(0));
        }
        Object minimum = component.props().get("minimum");
        return switch (component.valueType().kind()) {
            case DOUBLE, FLOAT -> HttpJson.MAPPER.valueToTree(minimum instanceof Number n ? n : 3);
            case INT, LONG -> HttpJson.MAPPER.valueToTree(minimum instanceof Number n ? n.longValue() : 3);
            case BOOLEAN -> HttpJson.MAPPER.getNodeFactory().booleanNode(true);
            case STRING, ENUM -> HttpJson.MAPPER.getNodeFactory().textNode("Hello!!");
            case LABEL_MAP, IMAGE, IMAGE_BYTES, IMAGE_PATH, FILE_PATH, JSON -> HttpJson.MAPPER.getNodeFactory().nullNode();
        };
    }
}
