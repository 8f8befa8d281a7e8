package dev.pennant.components.codec;

import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classifier's output: Gradio's LabelData on the wire, the guide's Python dict in the CSV. */
class LabelCodecTest {
    private static final ComponentCodec LABEL = Codecs.of(ComponentType.LABEL);
    private static final Component OUTPUT = Component.of(ComponentType.LABEL, "Output", ValueType.of(Map.class));

    @Test
    void sentWithTheTopClassAndConfidencesHighestFirst() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("dog", 0.3);
        map.put("cat", 0.7);
        assertEquals("{\"label\":\"cat\",\"confidences\":[{\"label\":\"cat\",\"confidence\":0.7},"
                + "{\"label\":\"dog\",\"confidence\":0.3}]}", LABEL.encode(OUTPUT, map, CodecContext.NONE).toString());
    }

    @Test
    void flaggedAsThePythonDict() throws IOException {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("cat", 0.7);
        map.put("dog", 0.3);
        assertEquals("{'cat': 0.7, 'dog': 0.3}", LABEL.flag(OUTPUT, map, FlagFolder.NONE));
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("it's", 1.0);
        odd.put("n", 2);
        assertEquals("{\"it's\": 1.0, 'n': 2}", LABEL.flag(OUTPUT, odd, FlagFolder.NONE));
    }

    @Test
    void aLabelTakesNoInput() {
        InvalidInputs.assertMessage(() -> LABEL.decode(OUTPUT, json("{}"), CodecContext.NONE), "Output",
                "a Label is an output and takes no input");
    }

    @Test
    void apiInfoDescribesLabelData() {
        assertEquals("LabelData", LABEL.apiSchema(OUTPUT).get("title").asText());
        assertEquals("dict(label: str, confidences: list[dict(label: str, confidence: float)])", LABEL.pythonType(OUTPUT));
        assertEquals("{\"value\":null}", NumberCodecTest.config(OUTPUT).toString());
    }
}
