package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Radio and Dropdown: one choice of several, a {@code String} with a {@code choices} prop or an enum
 * (its constants' names are the choices). Anything but one of the choices is refused.
 */
class ChoiceCodec extends ScalarCodec {

    ChoiceCodec() {
        super("string", "str");
    }

    /** The choices in display order: the enum's constant names, or the {@code choices} prop. */
    static List<String> choices(Component component) {
        List<String> names = new ArrayList<>();
        if (component.valueType().isEnum()) {
            component.valueType().constants().forEach(constant -> names.add(constant.name()));
        } else if (component.props().get("choices") instanceof List<?> list) {
            list.forEach(choice -> names.add(String.valueOf(choice)));
        }
        return List.copyOf(names);
    }

    @Override
    Object decodeValue(Component component, JsonNode node, CodecContext context) {
        String label = component.label();
        if (component.valueType().isEnum()) {
            if (node.isTextual()) {
                for (Enum<?> constant : component.valueType().constants()) {
                    if (constant.name().equals(node.textValue())) {
                        return constant;
                    }
                }
            }
            throw new InvalidInputException(label, "expected one of " + choices(component) + ", got " + Shown.json(node));
        }
        expect(node.isTextual(), label, "text", node);
        String text = TextboxCodec.storableText(label, node.textValue());
        List<String> choices = choices(component);
        if (!choices.isEmpty() && !choices.contains(text)) {
            throw new InvalidInputException(label, "expected one of " + choices + ", got " + Shown.quoted(text));
        }
        return text;
    }

    @Override
    JsonNode encodeValue(Component component, Object value, CodecContext context) {
        return JSON.textNode(value instanceof Enum<?> e ? e.name() : value.toString());
    }

    /** An enum constant's name is never a formula; free text may be. */
    @Override
    String flagValue(Component component, Object value, FlagFolder folder) {
        return value instanceof Enum<?> e ? e.name() : CsvText.neutralize(value.toString());
    }

    @Override
    JsonNode cellJson(Component component, String cell) {
        return JSON.textNode(CsvText.restore(cell));
    }

    @Override
    public ObjectNode apiSchema(Component component) {
        ObjectNode schema = super.apiSchema(component);
        List<String> choices = choices(component);
        if (!choices.isEmpty()) {
            ArrayNode values = schema.putArray("enum");
            choices.forEach(values::add);
        }
        return schema;
    }

    @Override
    public String pythonType(Component component) {
        List<String> choices = choices(component);
        return choices.isEmpty() ? super.pythonType(component)
                : choices.stream().map(c -> "'" + c.replace("'", "\\'") + "'").collect(Collectors.joining(", ", "Literal[", "]"));
    }

    /** The inline example, else the first choice. */
    @Override
    public JsonNode exampleInput(Component component, String inlineExample) {
        List<String> choices = choices(component);
        return JSON.textNode(inlineExample != null ? inlineExample : choices.isEmpty() ? "Hello!!" : choices.get(0));
    }

    /** Gradio sends the choices as (display, value) pairs. */
    @Override
    void configure(Component component, ObjectNode props) {
        ArrayNode pairs = props.putArray("choices");
        for (String choice : choices(component)) {
            pairs.addArray().add(choice).add(choice);
        }
    }
}
