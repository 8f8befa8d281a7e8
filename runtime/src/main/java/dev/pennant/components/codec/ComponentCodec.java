package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import java.io.IOException;

/**
 * Everything the runtime knows about one kind of component, in one place, as Gradio's
 * {@code Component} holds it ({@code preprocess}, {@code postprocess}, {@code flag},
 * {@code read_from_flag}, {@code api_info}, {@code example_payload}): the JSON it takes and gives, its
 * CSV cell and files when flagged, its API description and its {@code /config} props.
 *
 * <p>A codec is stateless and shared: every call names the {@link Component} (label, value type,
 * props), and whatever depends on the server (its files, URLs) comes from a {@link CodecContext}.
 * {@link Codecs} finds the codec of a kind. The public methods handle {@code null} the same way for
 * every kind; a kind implements the package-private hooks, which never see {@code null}.
 */
public abstract class ComponentCodec {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    ComponentCodec() {}

    /**
     * preprocess: the Java value the method takes for the JSON a client sent. Strict: a wrong type is an
     * error naming the input, never a silent conversion.
     *
     * @param node the JSON value, or {@code null} when the client sent none; JSON null is null for a
     *     nullable type and "a value is required" otherwise
     * @throws InvalidInputException naming the component's label when the value does not fit
     */
    public final Object decode(Component component, JsonNode node, CodecContext context) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            if (component.valueType().nullable()) {
                return null;
            }
            throw new InvalidInputException(component.label(), "a value is required");
        }
        return decodeValue(component, node, context);
    }

    /** postprocess: the JSON Gradio's clients expect for a value the method returned (or took); null for null. */
    public final JsonNode encode(Component component, Object value, CodecContext context) {
        return value == null ? JSON.nullNode() : encodeValue(component, value, context);
    }

    /**
     * What the server keeps of an output to flag later, given what {@link #encode} sent: the value
     * itself, unless the method's own copy may be gone by then (a returned file).
     */
    public Object kept(Component component, Object value, JsonNode encoded) {
        return value;
    }

    /**
     * flag: the text of a flagged value's CSV cell, as the guide's {@code logs.csv} shows it ({@code 5},
     * {@code add}, {@code {'cat': 0.7}}, {@code im/0.png}); file data is written to {@code folder} first.
     * Null is an empty cell. Text a spreadsheet would run as a formula is neutralised ({@link CsvText}).
     */
    public final String flag(Component component, Object value, FlagFolder folder) throws IOException {
        return value == null ? "" : flagValue(component, value, folder);
    }

    /**
     * read_from_flag: the JSON a client would send for the text of a flagged cell or an inline
     * {@code @Example} value, checked exactly as {@link #decode} checks a submitted value; the page
     * fills the input with it. File cells name a file inside {@link CodecContext#examplesDir()}.
     *
     * @throws InvalidInputException naming the component when the text does not fit
     * @throws IllegalArgumentException naming the component when a file cell names no usable file
     */
    public JsonNode readFlag(Component component, String cell, CodecContext context) {
        return encode(component, decode(component, cellJson(component, cell), context), context);
    }

    /** api_info: the JSON schema of the values, in the API info document. */
    public abstract ObjectNode apiSchema(Component component);

    /** The Python type the API info document shows, e.g. {@code float} or {@code Literal['add', 'subtract']}. */
    public abstract String pythonType(Component component);

    /**
     * example_payload: an input value the "Use via API" page and the API info document show.
     *
     * @param inlineExample the input's cell of the first inline {@code @Example}, or null when there is none
     */
    public JsonNode exampleInput(Component component, String inlineExample) {
        return inlineExample == null ? JSON.nullNode() : JSON.textNode(inlineExample);
    }

    /**
     * The component's props in {@code /config}, after the common label, name, interactive and show_label:
     * its props in Gradio's names, then {@code value}, the value shown when the page opens and after
     * Clear: the component's default when it has one, else the kind's own ({@link #emptyValue}).
     */
    public final void config(Component component, ObjectNode props) {
        component.props().forEach((name, value) -> props.set(name, JsonValues.toTree(value)));
        configure(component, props);
        Object value = component.props().get("value");
        props.set("value", value != null ? JsonValues.toTree(value) : emptyValue(component));
    }

    abstract Object decodeValue(Component component, JsonNode node, CodecContext context);

    abstract JsonNode encodeValue(Component component, Object value, CodecContext context);

    abstract String flagValue(Component component, Object value, FlagFolder folder) throws IOException;

    /** The JSON a client would send for a cell's text, before {@link #decode} checks it. */
    JsonNode cellJson(Component component, String cell) {
        return JSON.textNode(cell);
    }

    /** Props this kind adds to or changes in {@code /config}. */
    void configure(Component component, ObjectNode props) {}

    /** Gradio's value for this kind when the component has no default. */
    JsonNode emptyValue(Component component) {
        return JSON.nullNode();
    }

    /** Refuses a value that is not what the kind takes: "expected true or false, got 1". */
    static void expect(boolean fits, String label, String expected, JsonNode node) {
        if (!fits) {
            throw new InvalidInputException(label, "expected " + expected + ", got " + Shown.json(node));
        }
    }

    /** A JSON number or boolean as written (an inline {@code @Example} of a number or a checkbox), else the text. */
    static JsonNode literalOrText(String text) {
        try {
            JsonNode parsed = JsonValues.parse(text.trim());
            if (parsed != null && (parsed.isNumber() || parsed.isBoolean())) {
                return parsed;
            }
        } catch (java.io.IOException e) {
            // not a JSON literal: the text as written
        }
        return JSON.textNode(text);
    }
}
