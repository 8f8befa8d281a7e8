package dev.pennant.components.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON data is sent as it is and flagged as compact JSON text. */
class JsonCodecTest {
    private static final ComponentCodec JSON = Codecs.of(ComponentType.JSON);
    private static final Component OUTPUT = Component.of(ComponentType.JSON, "Output", ValueType.of(Object.class));

    @Test
    void sentAsItIsAndFlaggedAsCompactJson() throws IOException {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("name", "square");
        shape.put("corners", List.of(1, 2));
        shape.put("inner", null);
        assertEquals("{\"name\":\"square\",\"corners\":[1,2],\"inner\":null}", JSON.encode(OUTPUT, shape, CodecContext.NONE).toString());
        assertEquals("{\"name\":\"square\",\"corners\":[1,2],\"inner\":null}", JSON.flag(OUTPUT, shape, FlagFolder.NONE));
        assertEquals("'-5", JSON.flag(OUTPUT, -5, FlagFolder.NONE), "a cell is neutralised like any text");
    }

    @Test
    void apiInfo() {
        assertEquals("{}", JSON.apiSchema(OUTPUT).toString());
        assertEquals("dict(str, Any)", JSON.pythonType(OUTPUT));
    }
}
