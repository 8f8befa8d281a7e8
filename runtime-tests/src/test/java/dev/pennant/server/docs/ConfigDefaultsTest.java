package dev.pennant.server.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Postcard;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The page opens each input at its declared defaultValue, else at Gradio's default for the kind: /config's props.value. */
class ConfigDefaultsTest {
    @RegisterExtension
    final ServedApp app = ServedApp.serving(Postcard.class);

    /** label → props.value of the inputs of the interface served at {@code apiName}. */
    private Map<String, String> initialValues(String apiName) {
        JsonNode config = app.http.get("config").json();
        int dependency = -1;
        for (JsonNode dep : config.get("dependencies")) {
            if (dep.get("api_name").asText().equals(apiName)) {
                dependency = dep.get("id").asInt();
            }
        }
        JsonNode inputs = config.get("dependencies").get(dependency).get("inputs");
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode id : inputs) {
            for (JsonNode component : config.get("components")) {
                if (component.get("id").asInt() == id.asInt()) {
                    values.put(component.get("props").get("label").asText(), component.get("props").get("value").toString());
                }
            }
        }
        return values;
    }

    @Test
    void everyInputOpensAtItsDefault() {
        Map<String, String> values = initialValues("postcard");

        assertEquals("\"Grandma\"", values.get("To"), "Textbox");
        assertEquals("\"Ahoy\"", values.get("Opening"), "Radio");
        assertEquals("\"mountains\"", values.get("Place"), "Dropdown");
        assertEquals(12.0, Double.parseDouble(values.get("Days away")), "Number");
        assertEquals(7.0, Double.parseDouble(values.get("Sunshine")), "Slider, not its minimum");
        assertEquals("true", values.get("Send love"), "Checkbox");
    }

    @Test
    void withoutADefaultEachKindOpensAsInGradio() {
        Map<String, String> values = initialValues("blank_postcard");

        assertEquals("\"\"", values.get("To"), "an empty Textbox");
        assertEquals("null", values.get("Opening"), "no choice made");
        assertEquals("null", values.get("Place"), "no choice made");
        assertEquals("null", values.get("Days away"), "an empty Number");
        assertEquals(2.0, Double.parseDouble(values.get("Sunshine")), "a Slider at its minimum");
        assertEquals("false", values.get("Send love"), "an unticked Checkbox");
    }
}
