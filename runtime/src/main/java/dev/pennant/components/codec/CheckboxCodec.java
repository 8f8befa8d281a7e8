package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import java.util.Locale;

/** Checkbox: {@code boolean} or {@code Boolean}; JSON true or false, {@code true}/{@code false} in the CSV. */
final class CheckboxCodec extends ScalarCodec {

    CheckboxCodec() {
        super("boolean", "bool");
    }

    @Override
    Object decodeValue(Component component, JsonNode node, CodecContext context) {
        expect(node.isBoolean(), component.label(), "true or false", node);
        return node.booleanValue();
    }

    @Override
    JsonNode encodeValue(Component component, Object value, CodecContext context) {
        return value instanceof Boolean b ? JSON.booleanNode(b) : JSON.textNode(value.toString());
    }

    @Override
    String flagValue(Component component, Object value, FlagFolder folder) {
        return value.toString();
    }

    /** Pennant writes true/false; Gradio's Python logs write True/False; an empty cell is no value. */
    @Override
    JsonNode cellJson(Component component, String cell) {
        return switch (cell.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> JSON.booleanNode(true);
            case "false" -> JSON.booleanNode(false);
            case "" -> JSON.nullNode();
            default -> throw new InvalidInputException(component.label(), "expected true or false, got " + Shown.quoted(cell));
        };
    }

    @Override
    public JsonNode exampleInput(Component component, String inlineExample) {
        return inlineExample != null ? literalOrText(inlineExample) : JSON.booleanNode(true);
    }

    @Override
    JsonNode emptyValue(Component component) {
        return JSON.booleanNode(false);
    }
}
