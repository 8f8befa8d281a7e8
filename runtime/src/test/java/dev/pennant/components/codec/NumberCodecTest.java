package dev.pennant.components.codec;

import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.InvalidInputException;
import dev.pennant.components.ValueType;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calculator's numbers: what a client sends, what it gets back, and the guide's CSV cells. */
class NumberCodecTest {
    private static final ComponentCodec NUMBER = Codecs.of(ComponentType.NUMBER);

    private static Component number(Class<?> type) {
        return Component.of(ComponentType.NUMBER, "n", ValueType.of(type));
    }

    private static Object decode(Class<?> type, String json) {
        return NUMBER.decode(number(type), json(json), CodecContext.NONE);
    }

    private static String cell(Object value) throws IOException {
        return NUMBER.flag(number(value == null ? double.class : value.getClass()), value, FlagFolder.NONE);
    }

    @Test
    void decodesEachJavaNumberType() {
        assertEquals(5.0, decode(double.class, "5"));
        assertEquals(1.5f, decode(float.class, "1.5"));
        assertEquals(7, decode(int.class, "7"));
        assertEquals(7, decode(int.class, "7.0"), "JavaScript has no separate integer type");
        assertEquals(-2147483648, decode(int.class, "-2147483648"));
        assertEquals(9007199254740993L, decode(long.class, "9007199254740993"));
        assertNull(decode(Integer.class, "null"), "a boxed type takes null");
        assertNull(NUMBER.decode(number(Double.class), null, CodecContext.NONE), "and a missing value");
    }

    @Test
    void refusesNumbersThatDoNotFitNamingTheInput() {
        assertMessage(() -> decode(int.class, "2147483648"), "2147483648 is out of range (-2147483648 to 2147483647)");
        assertMessage(() -> decode(int.class, "1.5"), "expected a whole number, got 1.5");
        assertMessage(() -> decode(long.class, "9223372036854775808"), "out of range");
        assertMessage(() -> decode(long.class, "1e300"), "out of range");
        assertMessage(() -> decode(double.class, "1e400"), "the number is too large");
        assertMessage(() -> decode(float.class, "1e39"), "the number is too large");
        assertMessage(() -> decode(double.class, "\"5\""), "expected a number, got \"5\"");
        assertMessage(() -> decode(int.class, "true"), "expected a whole number, got true");
        assertMessage(() -> decode(double.class, "null"), "a value is required");
        assertMessage(() -> NUMBER.decode(number(double.class), null, CodecContext.NONE), "a value is required");
    }

    static void assertMessage(Runnable decode, String detail) {
        InvalidInputException e = assertThrows(InvalidInputException.class, decode::run);
        assertTrue(e.getMessage().startsWith("Invalid value for input \"n\": ") && e.getMessage().contains(detail),
                e.getMessage());
        assertEquals("n", e.label());
    }

    @Test
    void wholeResultsAreSentWithoutAFractionAndNaNAsNull() {
        Component output = Component.of(ComponentType.NUMBER, "Output", ValueType.of(double.class));
        assertEquals("12", NUMBER.encode(output, 12.0, CodecContext.NONE).toString());
        assertEquals("4.5", NUMBER.encode(output, 4.5, CodecContext.NONE).toString());
        assertEquals("null", NUMBER.encode(output, Double.NaN, CodecContext.NONE).toString());
        assertEquals("1.0E20", NUMBER.encode(output, 1e20, CodecContext.NONE).toString(), "beyond 2^53 a double stays one");
        assertEquals("7", NUMBER.encode(number(int.class), 7, CodecContext.NONE).toString());
        assertEquals("null", NUMBER.encode(output, null, CodecContext.NONE).toString());
    }

    @Test
    void flaggedNumbersAreWrittenAsTheGuideShowsThem() throws IOException {
        assertEquals("12", cell(12.0));
        assertEquals("1.5", cell(1.5));
        assertEquals("4.5", cell(4.5));
        assertEquals("-5", cell(-5.0), "negative numbers are not escaped as formulas");
        assertEquals("0", cell(-0.0));
        assertEquals("0.1", cell(0.1));
        assertEquals("0.30000000000000004", cell(0.1 + 0.2));
        assertEquals("10000000000", cell(1e10));
        assertEquals("0.00001", cell(1e-5));
        assertEquals("123456789012345680000", cell(1.2345678901234568e20));
        assertEquals("1.1", cell(1.1f));
        assertEquals("7", cell(7));
        assertEquals("9223372036854775807", cell(Long.MAX_VALUE));
        assertEquals("NaN", cell(Double.NaN));
        assertEquals("", cell(null));
    }

    @Test
    void aFlaggedCellReadsBackAsTheNumberAClientWouldSend() {
        assertEquals("5", NUMBER.readFlag(number(int.class), " 5.0 ", CodecContext.NONE).toString());
        assertEquals("1.5", NUMBER.readFlag(number(double.class), "1.50", CodecContext.NONE).toString());
        assertEquals("null", NUMBER.readFlag(number(Double.class), "", CodecContext.NONE).toString());
        assertMessage(() -> NUMBER.readFlag(number(double.class), "", CodecContext.NONE), "a value is required");
        assertMessage(() -> NUMBER.readFlag(number(double.class), "five", CodecContext.NONE),
                "expected a number, got \"five\"");
        assertMessage(() -> NUMBER.readFlag(number(int.class), "2.5", CodecContext.NONE), "expected a whole number");
    }

    @Test
    void apiInfoNamesTheTypeAndShowsTheInlineExampleOrThree() {
        assertEquals("{\"type\":\"number\"}", NUMBER.apiSchema(number(double.class)).toString());
        assertEquals("{\"type\":\"integer\"}", NUMBER.apiSchema(number(long.class)).toString());
        assertEquals("float", NUMBER.pythonType(number(float.class)));
        assertEquals("int", NUMBER.pythonType(number(Integer.class)));
        assertEquals("3", NUMBER.exampleInput(number(double.class), null).toString());
        assertEquals("5", NUMBER.exampleInput(number(double.class), "5").toString());
        assertEquals("\"five\"", NUMBER.exampleInput(number(double.class), "five").toString());
    }

    @Test
    void configCarriesTheDefaultAndPrecisionForWholeNumbers() {
        assertEquals("{\"value\":null}", config(number(double.class)).toString(), "no default: an empty field");
        assertEquals("{\"value\":7.0,\"precision\":0}",
                config(Component.of(ComponentType.NUMBER, "n", ValueType.of(int.class), Map.of("value", 7.0))).toString());
    }

    static ObjectNode config(Component component) {
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        Codecs.of(component).config(component, props);
        return props;
    }
}
