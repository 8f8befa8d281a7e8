package dev.pennant.components.codec;

import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calculator's operation (a Radio of strings) and an enum Dropdown: one of the choices, nothing else. */
class ChoiceCodecTest {
    enum Op { ADD, SUBTRACT }

    private static final Component OPERATION = Component.of(ComponentType.RADIO, "n", ValueType.of(String.class),
            Map.of("choices", List.of("add", "subtract", "multiply", "divide")));
    private static final Component TONE = Component.of(ComponentType.DROPDOWN, "n", ValueType.enumOf(Op.class, Op.values()));
    private static final ComponentCodec RADIO = Codecs.of(ComponentType.RADIO);
    private static final ComponentCodec DROPDOWN = Codecs.of(ComponentType.DROPDOWN);

    @Test
    void aRadioTakesOneOfItsChoices() {
        assertEquals("add", RADIO.decode(OPERATION, json("\"add\""), CodecContext.NONE));
        NumberCodecTest.assertMessage(() -> RADIO.decode(OPERATION, json("\"mul\""), CodecContext.NONE),
                "expected one of [add, subtract, multiply, divide], got \"mul\"");
        NumberCodecTest.assertMessage(() -> RADIO.decode(OPERATION, json("1"), CodecContext.NONE), "expected text, got 1");
    }

    @Test
    void anEnumTakesTheNameOfOneOfItsConstants() {
        assertEquals(Op.SUBTRACT, DROPDOWN.decode(TONE, json("\"SUBTRACT\""), CodecContext.NONE));
        NumberCodecTest.assertMessage(() -> DROPDOWN.decode(TONE, json("\"add\""), CodecContext.NONE),
                "expected one of [ADD, SUBTRACT], got \"add\"");
        NumberCodecTest.assertMessage(() -> DROPDOWN.decode(TONE, json("2"), CodecContext.NONE),
                "expected one of [ADD, SUBTRACT], got 2");
        assertEquals("\"ADD\"", DROPDOWN.encode(TONE, Op.ADD, CodecContext.NONE).toString());
    }

    @Test
    void theCellIsTheChoiceAndReadsBack() throws IOException {
        assertEquals("subtract", RADIO.flag(OPERATION, "subtract", FlagFolder.NONE));
        assertEquals("SUBTRACT", DROPDOWN.flag(TONE, Op.SUBTRACT, FlagFolder.NONE));
        assertEquals("\"add\"", RADIO.readFlag(OPERATION, "add", CodecContext.NONE).toString());
        assertEquals("\"ADD\"", DROPDOWN.readFlag(TONE, "ADD", CodecContext.NONE).toString());
        NumberCodecTest.assertMessage(() -> RADIO.readFlag(OPERATION, "modulo", CodecContext.NONE), "expected one of");
    }

    @Test
    void apiInfoListsTheChoices() {
        assertEquals("{\"type\":\"string\",\"enum\":[\"add\",\"subtract\",\"multiply\",\"divide\"]}",
                RADIO.apiSchema(OPERATION).toString());
        assertEquals("Literal['add', 'subtract', 'multiply', 'divide']", RADIO.pythonType(OPERATION));
        assertEquals("Literal['ADD', 'SUBTRACT']", DROPDOWN.pythonType(TONE));
        assertEquals("\"add\"", RADIO.exampleInput(OPERATION, null).toString(), "the first choice");
        assertEquals("\"divide\"", RADIO.exampleInput(OPERATION, "divide").toString());
    }

    @Test
    void configSendsTheChoicesAsPairsAndTheDefault() {
        assertEquals("{\"choices\":[[\"add\",\"add\"],[\"subtract\",\"subtract\"],[\"multiply\",\"multiply\"],"
                + "[\"divide\",\"divide\"]],\"value\":null}", NumberCodecTest.config(OPERATION).toString());
        Component withDefault = Component.of(ComponentType.DROPDOWN, "n", ValueType.enumOf(Op.class, Op.values()),
                Map.of("value", "SUBTRACT"));
        assertEquals("{\"value\":\"SUBTRACT\",\"choices\":[[\"ADD\",\"ADD\"],[\"SUBTRACT\",\"SUBTRACT\"]]}",
                NumberCodecTest.config(withDefault).toString());
    }
}
