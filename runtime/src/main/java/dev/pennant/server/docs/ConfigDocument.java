package dev.pennant.server.docs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.codec.Codecs;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.predict.ServedInterface;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /config} in the shape Gradio 5 sends (reference/gradio-protocol.md §2), so that
 * {@code @gradio/client} and {@code gradio_client} can connect, plus a {@code pennant} key with what
 * the page needs that Gradio keeps in its layout tree (titles, flagging buttons).
 */
final class ConfigDocument {
    /** What clients check before trusting the protocol fields; 5.x is the sse_v3 era. */
    static final String GRADIO_VERSION = "5.49.1";
    static final String API_PREFIX = "/gradio_api";

    private ConfigDocument() {}

    /** @param maxFileSize the upload limit in bytes; Gradio's clients refuse larger files before sending them */
    static ObjectNode build(List<ServedInterface> interfaces, String root, long maxFileSize) {
        ObjectNode config = HttpJson.object();
        config.put("version", GRADIO_VERSION);
        config.put("mode", "interface");
        config.put("app_id", 1);
        config.put("dev_mode", false);
        config.put("analytics_enabled", false);
        config.put("api_prefix", API_PREFIX);
        config.put("root", root);
        config.put("protocol", "sse_v3");
        config.put("enable_queue", true);
        config.put("connect_heartbeat", false);
        config.put("show_api", true);
        config.put("show_error", true);
        config.put("is_colab", false);
        config.putNull("space_id");
        config.put("max_file_size", maxFileSize);
        config.put("title", interfaces.size() == 1 ? interfaces.get(0).title() : "Pennant");
        ArrayNode components = config.putArray("components");
        ArrayNode dependencies = config.putArray("dependencies");
        ArrayNode pages = config.putObject("pennant").putArray("interfaces");
        for (ServedInterface served : interfaces) {
            for (int i = 0; i < served.inputs().size(); i++) {
                components.add(component(served.inputId(i), served.inputs().get(i), true));
            }
            for (int i = 0; i < served.outputs().size(); i++) {
                components.add(component(served.outputId(i), served.outputs().get(i), false));
            }
            dependencies.add(dependency(served));
            pages.add(page(served));
        }
        return config;
    }

    private static ObjectNode component(int id, Component component, boolean input) {
        ObjectNode node = HttpJson.object();
        node.put("id", id);
        node.put("type", component.type().gradioType());
        ObjectNode props = node.putObject("props");
        props.put("label", component.label());
        props.put("name", component.type().gradioType());
        props.put("interactive", input);
        props.put("show_label", true);
        Codecs.of(component).config(component, props);
        node.put("skip_api", false);
        node.put("component_class_id", component.type().displayName());
        node.putNull("key");
        return node;
    }

    private static ObjectNode dependency(ServedInterface served) {
        ObjectNode dep = HttpJson.object();
        dep.put("id", served.index());
        dep.putArray("targets");
        ArrayNode inputs = dep.putArray("inputs");
        for (int i = 0; i < served.inputs().size(); i++) {
            inputs.add(served.inputId(i));
        }
        ArrayNode outputs = dep.putArray("outputs");
        for (int i = 0; i < served.outputs().size(); i++) {
            outputs.add(served.outputId(i));
        }
        dep.put("backend_fn", true);
        dep.putNull("js");
        // queue:true sends both clients through queue/join and the event stream (QueueRoutes).
        dep.put("queue", true);
        dep.put("api_name", served.apiName());
        dep.put("api_description", served.spec().description());
        dep.put("scroll_to_output", false);
        dep.put("show_progress", "full");
        dep.put("batch", false);
        dep.putNull("max_batch_size");
        dep.putArray("cancels");
        ObjectNode types = dep.putObject("types");
        types.put("generator", false);
        types.put("cancel", false);
        dep.put("collects_event_data", false);
        dep.putNull("trigger_after");
        dep.put("trigger_only_on_success", false);
        dep.put("trigger_mode", "once");
        dep.put("show_api", true);
        dep.put("api_visibility", "public");
        dep.putNull("rendered_in");
        dep.put("connection", "sse");
        return dep;
    }

    private static ObjectNode page(ServedInterface served) {
        ObjectNode page = HttpJson.object();
        page.put("dependency", served.index());
        page.put("api_name", served.apiName());
        page.put("title", served.title());
        page.put("description", served.spec().description());
        page.put("article", served.spec().article());
        page.put("flagging_mode", served.flaggingMode().name().toLowerCase(Locale.ROOT));
        ArrayNode options = page.putArray("flagging_options");
        served.spec().flaggingOptions().forEach(option -> options.addObject()
                .put("label", option.label())
                .put("value", option.value()));
        page.put("flaggable", served.flaggingMode() == FlaggingMode.MANUAL);
        page.set("examples", served.examples().toJson());
        page.set("examples_headers", HttpJson.MAPPER.valueToTree(served.examples().headers()));
        return page;
    }
}
