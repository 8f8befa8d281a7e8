package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;

/** Textbox: {@code String}; JSON text in and out, the text in the CSV with formulas neutralised. */
final class TextboxCodec extends ScalarCodec {

    TextboxCodec() {
        super("string", "str");
    }

    @Override
    Object decodeValue(Component component, JsonNode node, CodecContext context) {
        expect(node.isTextual(), component.label(), "text", node);
        return storableText(component.label(), node.textValue());
    }

    /**
     * Text a method gets is also text a flag writes to a CSV: a NUL (which truncates cells in many
     * tools) or half of a surrogate pair (JSON's {@code "\ud800"}, which has no UTF-8 form) is refused.
     */
    static String storableText(String label, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InvalidInputException(label, "the text contains a NUL character (at position " + i + ")");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(label, "the text contains an unpaired surrogate (at position " + i
                        + "), which is not valid Unicode");
            }
        }
        return text;
    }

    @Override
    JsonNode encodeValue(Component component, Object value, CodecContext context) {
        return JSON.textNode(value.toString());
    }

    @Override
    String flagValue(Component component, Object value, FlagFolder folder) {
        return CsvText.neutralize(value.toString());
    }

    @Override
    JsonNode cellJson(Component component, String cell) {
        return JSON.textNode(CsvText.restore(cell));
    }

    @Override
    public JsonNode exampleInput(Component component, String inlineExample) {
        return JSON.textNode(inlineExample != null ? inlineExample : "Hello!!");
    }

    @Override
    JsonNode emptyValue(Component component) {
        return JSON.textNode("");
    }
}
