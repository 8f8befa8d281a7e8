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

/** Text in and out; flagged text a spreadsheet would run as a formula is neutralised, and reads back as it was. */
class TextboxCodecTest {
    private static final ComponentCodec TEXTBOX = Codecs.of(ComponentType.TEXTBOX);
    private static final Component TEXT = Component.of(ComponentType.TEXTBOX, "n", ValueType.of(String.class));

    private static String cell(String text) throws IOException {
        return TEXTBOX.flag(TEXT, text, FlagFolder.NONE);
    }

    @Test
    void takesTextThatCanBeStored() {
        assertEquals("hi", TEXTBOX.decode(TEXT, json("\"hi\""), CodecContext.NONE));
        NumberCodecTest.assertMessage(() -> TEXTBOX.decode(TEXT, json("5"), CodecContext.NONE), "expected text, got 5");
        NumberCodecTest.assertMessage(() -> TEXTBOX.decode(TEXT, json("\"a\\u0000b\""), CodecContext.NONE),
                "the text contains a NUL character (at position 1)");
        NumberCodecTest.assertMessage(() -> TEXTBOX.decode(TEXT, json("\"\\ud800\""), CodecContext.NONE),
                "the text contains an unpaired surrogate (at position 0), which is not valid Unicode");
        NumberCodecTest.assertMessage(() -> TEXTBOX.decode(TEXT, json("[" + "1,".repeat(40) + "1]"), CodecContext.NONE),
                "expected text, got [" + "1,".repeat(28) + "...");
    }

    @Test
    void formulasAreNeutralisedInTheCsv() throws IOException {
        assertEquals("'=OPEN()", cell("=OPEN()"));
        assertEquals("'=1+2", cell("=1+2"));
        assertEquals("'+1", cell("+1"));
        assertEquals("'-1", cell("-1"), "text that looks negative is still text");
        assertEquals("'@SUM(A1)", cell("@SUM(A1)"));
        assertEquals("'\tx", cell("\tx"));
        assertEquals("'\rx", cell("\rx"));
        assertEquals("'\nx", cell("\nx"));
        assertEquals("1+1=2", cell("1+1=2"));
        assertEquals("4", cell("4"));
    }

    @Test
    void aFlaggedCellReadsBackAsTheTextThatWasFlagged() {
        assertEquals("\"=SUM(A1)\"", TEXTBOX.readFlag(TEXT, "'=SUM(A1)", CodecContext.NONE).toString());
        assertEquals("\"'quoted'\"", TEXTBOX.readFlag(TEXT, "'quoted'", CodecContext.NONE).toString());
        assertEquals("\" spaced \"", TEXTBOX.readFlag(TEXT, " spaced ", CodecContext.NONE).toString());
    }

    @Test
    void apiInfoAndConfig() {
        assertEquals("{\"type\":\"string\"}", TEXTBOX.apiSchema(TEXT).toString());
        assertEquals("str", TEXTBOX.pythonType(TEXT));
        assertEquals("\"Hello!!\"", TEXTBOX.exampleInput(TEXT, null).toString());
        assertEquals("\"5\"", TEXTBOX.exampleInput(TEXT, "5").toString(), "an inline example stays text");
        assertEquals("{\"value\":\"\"}", NumberCodecTest.config(TEXT).toString());
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("lines", 3);
        props.put("placeholder", "Your name");
        props.put("value", "Ada");
        assertEquals("{\"lines\":3,\"placeholder\":\"Your name\",\"value\":\"Ada\"}",
                NumberCodecTest.config(Component.of(ComponentType.TEXTBOX, "n", ValueType.of(String.class), props)).toString());
    }
}
