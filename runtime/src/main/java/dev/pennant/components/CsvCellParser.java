package dev.pennant.components;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The reverse of {@link CsvCells}: turns the text of a CSV cell (a flagged row used as an example, or
 * an inline {@code @Example} value) into the Java value an input takes. The text becomes the JSON a
 * client would have sent and goes through {@link JsonDecoder}, so examples are checked exactly like
 * submitted values (types, ranges, choices).
 */
public final class CsvCellParser {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CsvCellParser() {}

    /**
     * @throws InvalidInputException naming the component when the text does not fit
     */
    public static Object parse(Component component, String text) {
        return JsonDecoder.decode(component, toJson(component, text));
    }

    private static JsonNode toJson(Component component, String text) {
        String trimmed = text.trim();
        return switch (component.valueType().kind()) {
            case DOUBLE, FLOAT, INT, LONG -> {
                if (trimmed.isEmpty()) {
                    yield JSON.nullNode();
                }
                try {
                    yield JSON.numberNode(new BigDecimal(trimmed));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(component.label(), "expected a number, got \"" + shorten(text) + "\"");
                }
            }
            case BOOLEAN -> switch (trimmed.toLowerCase(Locale.ROOT)) {
                // CSVLogger writes true/false; Gradio's Python logs write True/False.
                case "true" -> JSON.booleanNode(true);
                case "false" -> JSON.booleanNode(false);
                case "" -> JSON.nullNode();
                default -> throw new InvalidInputException(component.label(), "expected true or false, got \"" + shorten(text) + "\"");
            };
            case STRING, ENUM -> JSON.textNode(unneutralize(text));
            default -> JSON.textNode(text);
        };
    }

    /** Undoes {@link CsvCells#neutralizeFormula}: a flagged {@code =SUM(…)} was stored as {@code '=SUM(…)}. */
    static String unneutralize(String text) {
        if (text.length() >= 2 && text.charAt(0) == '\'') {
            char second = text.charAt(1);
            if (second == '=' || second == '+' || second == '-' || second == '@' || second == '\t' || second == '\r'
                    || second == '\n') {
                return text.substring(1);
            }
        }
        return text;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
