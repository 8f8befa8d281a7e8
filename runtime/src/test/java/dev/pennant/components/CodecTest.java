package dev.pennant.components;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodecTest {
    enum Op { ADD, SUBTRACT }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Object decode(ValueType type, String json) {
        return JsonDecoder.decode(Component.of(ComponentType.NUMBER, "n", type), json(json));
    }

    @Test
    void csvNumbersAreWrittenAsTheGuideShowsThem() {
        assertEquals("12", CsvCells.cell(12.0));
        assertEquals("1.5", CsvCells.cell(1.5));
        assertEquals("4.5", CsvCells.cell(4.5));
        assertEquals("-5", CsvCells.cell(-5.0), "negative numbers are not escaped");
        assertEquals("0", CsvCells.cell(-0.0));
        assertEquals("0.1", CsvCells.cell(0.1));
        assertEquals("0.30000000000000004", CsvCells.cell(0.1 + 0.2));
        assertEquals("10000000000", CsvCells.cell(1e10));
        assertEquals("0.00001", CsvCells.cell(1e-5));
        assertEquals("123456789012345680000", CsvCells.cell(1.2345678901234568e20));
        assertEquals("1.1", CsvCells.cell(1.1f));
        assertEquals("7", CsvCells.cell(7));
        assertEquals("9223372036854775807", CsvCells.cell(Long.MAX_VALUE));
        assertEquals("NaN", CsvCells.cell(Double.NaN));
        assertEquals("true", CsvCells.cell(true));
        assertEquals("", CsvCells.cell(null));
    }

    @Test
    void csvLabelMapIsThePythonDict() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("cat", 0.7);
        map.put("dog", 0.3);
        assertEquals("{'cat': 0.7, 'dog': 0.3}", CsvCells.cell(map));
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("it's", 1.0);
        odd.put("n", 2);
        assertEquals("{\"it's\": 1.0, 'n': 2}", CsvCells.cell(odd));
    }

    @Test
    void csvEnumsAndFormulas() {
        assertEquals("SUBTRACT", CsvCells.cell(Op.SUBTRACT));
        assertEquals("'=OPEN()", CsvCells.cell("=OPEN()"));
        assertEquals("'=1+2", CsvCells.cell("=1+2"));
        assertEquals("'+1", CsvCells.cell("+1"));
        assertEquals("'-1", CsvCells.cell("-1"), "text that looks negative is still text");
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.cell("\tx"));
        assertEquals("'\rx", CsvCells.cell("\rx"));
        assertEquals("'\nx", CsvCells.cell("\nx"));
        assertEquals("1+1=2", CsvCells.cell("1+1=2"));
        assertEquals("4", CsvCells.cell("4"));
    }

    @Test
    void decodesNumbers() {
        assertEquals(5.0, decode(ValueType.DOUBLE, "5"));
        assertEquals(1.5f, decode(ValueType.FLOAT, "1.5"));
        assertEquals(7, decode(ValueType.INT, "7"));
        assertEquals(7, decode(ValueType.INT, "7.0"));
        assertEquals(-2147483648, decode(ValueType.INT, "-2147483648"));
        assertEquals(9007199254740993L, decode(ValueType.LONG, "9007199254740993"));
        assertNull(decode(ValueType.BOXED_INT, "null"));
    }

    @Test
    void rejectsNumbersThatDoNotFit() {
        assertMessage(() -> decode(ValueType.INT, "2147483648"), "out of range");
        assertMessage(() -> decode(ValueType.INT, "1.5"), "whole number");
        assertMessage(() -> decode(ValueType.LONG, "9223372036854775808"), "out of range");
        assertMessage(() -> decode(ValueType.LONG, "1e300"), "out of range");
        assertMessage(() -> decode(ValueType.DOUBLE, "1e400"), "too large");
        assertMessage(() -> decode(ValueType.FLOAT, "1e39"), "too large");
        assertMessage(() -> decode(ValueType.DOUBLE, "\"5\""), "expected a number");
        assertMessage(() -> decode(ValueType.DOUBLE, "null"), "required");
        assertMessage(() -> JsonDecoder.decode(Component.of(ComponentType.NUMBER, "n", ValueType.DOUBLE), null), "required");
    }

    private static void assertMessage(Runnable decode, String detail) {
        InvalidInputException e = assertThrows(InvalidInputException.class, decode::run);
        assertTrue(e.getMessage().contains("\"n\"") && e.getMessage().contains(detail), e.getMessage());
        assertEquals("n", e.label());
    }

    @Test
    void decodesChoicesAndEnums() {
        Component radio = Component.of(ComponentType.RADIO, "op", ValueType.STRING, Map.of("choices", List.of("add", "sub")));
        assertEquals("add", JsonDecoder.decode(radio, json("\"add\"")));
        assertTrue(assertThrows(InvalidInputException.class, () -> JsonDecoder.decode(radio, json("\"mul\"")))
                .getMessage().contains("[add, sub]"));
        Component dropdown = Component.of(ComponentType.DROPDOWN, "op", ValueType.enumOf(Op.values()));
        assertEquals(Op.SUBTRACT, JsonDecoder.decode(dropdown, json("\"SUBTRACT\"")));
        assertThrows(InvalidInputException.class, () -> JsonDecoder.decode(dropdown, json("\"add\"")));
        assertEquals(List.of("ADD", "SUBTRACT"), Choices.of(dropdown));
        Component box = Component.of(ComponentType.CHECKBOX, "b", ValueType.BOOLEAN);
        assertEquals(true, JsonDecoder.decode(box, json("true")));
        assertThrows(InvalidInputException.class, () -> JsonDecoder.decode(box, json("1")));
    }

    @Test
    void encodesOutputs() {
        Component number = Component.of(ComponentType.NUMBER, "Output", ValueType.DOUBLE);
        assertEquals("12", JsonEncoder.encode(number, 12.0).toString());
        assertEquals("4.5", JsonEncoder.encode(number, 4.5).toString());
        assertEquals("null", JsonEncoder.encode(number, Double.NaN).toString());
        assertEquals("1.0E20", JsonEncoder.encode(number, 1e20).toString());
        assertEquals("\"ADD\"", JsonEncoder.encode(Component.of(ComponentType.RADIO, "o", ValueType.enumOf(Op.values())), Op.ADD).toString());
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("dog", 0.3);
        map.put("cat", 0.7);
        assertEquals("{\"label\":\"cat\",\"confidences\":[{\"label\":\"cat\",\"confidence\":0.7},{\"label\":\"dog\",\"confidence\":0.3}]}",
                JsonEncoder.encode(Component.of(ComponentType.LABEL, "Output", ValueType.LABEL_MAP), map).toString());
    }
}
