package dev.pennant.components.codec;

import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A checkbox takes JSON true or false, and its flagged cell reads back in Pennant's and Gradio's spelling. */
class CheckboxCodecTest {
    private static final ComponentCodec CHECKBOX = Codecs.of(ComponentType.CHECKBOX);
    private static final Component BOX = Component.of(ComponentType.CHECKBOX, "n", ValueType.of(boolean.class));

    @Test
    void takesOnlyBooleans() {
        assertEquals(true, CHECKBOX.decode(BOX, json("true"), CodecContext.NONE));
        NumberCodecTest.assertMessage(() -> CHECKBOX.decode(BOX, json("1"), CodecContext.NONE), "expected true or false, got 1");
        NumberCodecTest.assertMessage(() -> CHECKBOX.decode(BOX, json("\"true\""), CodecContext.NONE),
                "expected true or false, got \"true\"");
    }

    @Test
    void flagsAndReadsBack() throws IOException {
        assertEquals("true", CHECKBOX.flag(BOX, true, FlagFolder.NONE));
        assertEquals("false", CHECKBOX.encode(BOX, false, CodecContext.NONE).toString());
        assertEquals("true", CHECKBOX.readFlag(BOX, "True", CodecContext.NONE).toString(), "Gradio's Python logs write True");
        assertEquals("false", CHECKBOX.readFlag(BOX, " false ", CodecContext.NONE).toString());
        NumberCodecTest.assertMessage(() -> CHECKBOX.readFlag(BOX, "maybe", CodecContext.NONE),
                "expected true or false, got \"maybe\"");
    }

    @Test
    void apiInfoAndConfig() {
        assertEquals("{\"type\":\"boolean\"}", CHECKBOX.apiSchema(BOX).toString());
        assertEquals("bool", CHECKBOX.pythonType(BOX));
        assertEquals("true", CHECKBOX.exampleInput(BOX, null).toString());
        assertEquals("false", CHECKBOX.exampleInput(BOX, "false").toString());
        assertEquals("{\"value\":false}", NumberCodecTest.config(BOX).toString(), "unticked without a default");
        assertEquals("{\"value\":true}", NumberCodecTest.config(
                Component.of(ComponentType.CHECKBOX, "n", ValueType.of(boolean.class), Map.of("value", true))).toString());
    }
}
