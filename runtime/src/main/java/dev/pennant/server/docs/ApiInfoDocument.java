package dev.pennant.server.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.codec.Codecs;
import dev.pennant.components.codec.ComponentCodec;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.predict.ServedInterface;
import java.util.List;

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
                String inline = served.spec().examples().isEmpty() ? null : served.spec().examples().get(0).get(i);
                p.set("example_input", Codecs.of(input).exampleInput(input, inline));
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
        ComponentCodec codec = Codecs.of(component);
        node.set("type", codec.apiSchema(component));
        ObjectNode python = node.putObject("python_type");
        python.put("type", codec.pythonType(component));
        python.put("description", "");
        node.put("component", component.type().displayName());
        return node;
    }
}
