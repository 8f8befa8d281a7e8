package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds whose value is a {@code java.util.List} of files, each handled by a single-file kind's codec
 * (several files: {@link FileCodec}; a gallery: {@link ImageCodec}): a JSON array of items, each holding
 * one FileData ({@link #item}). Flagged: every file in the component's folder, and the cell the JSON
 * list Gradio's CSVLogger writes after replacing each FileData with its path ({@link #cellItem}).
 */
abstract class FileListCodec extends ComponentCodec {
    private final FileDataCodec each;

    FileListCodec(FileDataCodec each) {
        this.each = each;
    }

    /** The item that holds one file's FileData. */
    abstract JsonNode item(ObjectNode fileData);

    /** The FileData in an item a client sent, or null when the item holds none. */
    abstract JsonNode fileDataIn(JsonNode item);

    /** One file's entry in the flagged cell, given its relative path. */
    abstract JsonNode cellItem(String path);

    /** The JSON schema of one item. */
    abstract ObjectNode itemSchema(ObjectNode fileDataSchema);

    /** The component of one element: the same label and kind of file, the list's element type. */
    private Component element(Component component) {
        return new Component(component.label(), component.type(), component.valueType().element().orElseThrow(),
                component.props());
    }

    @Override
    final Object decodeValue(Component component, JsonNode node, CodecContext context) {
        expect(node.isArray(), component.label(), "a list of files", node);
        Component element = element(component);
        List<Object> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode fileData = fileDataIn(node.get(i));
            if (fileData == null || fileData.isNull()) {
                throw new InvalidInputException(component.label(), "file " + (i + 1) + " of " + node.size() + " is missing");
            }
            values.add(each.decodeValue(element, fileData, context));
        }
        return values;
    }

    @Override
    final JsonNode encodeValue(Component component, Object value, CodecContext context) {
        Component element = element(component);
        ArrayNode items = JSON.arrayNode();
        for (Object file : (List<?>) value) {
            if (file == null) {
                throw new IllegalStateException("the method returned a list with null for output \"" + component.label() + "\"");
            }
            items.add(item((ObjectNode) each.encodeValue(element, file, context)));
        }
        return items;
    }

    /** For returned files: their stored copies, since the method's own files may be gone by the time someone flags. */
    @Override
    public final Object kept(Component component, Object value, JsonNode encoded) {
        Component element = element(component);
        List<?> files = (List<?>) value;
        List<Object> kept = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            kept.add(each.kept(element, files.get(i), fileDataIn(encoded.get(i))));
        }
        return kept;
    }

    @Override
    final String flagValue(Component component, Object value, FlagFolder folder) throws IOException {
        Component element = element(component);
        ArrayNode cell = JSON.arrayNode();
        for (Object file : (List<?>) value) {
            cell.add(cellItem(each.writeFlagged(element, file, folder)));
        }
        return PythonJson.dumps(cell);
    }

    /**
     * A flagged cell lists the files as Gradio's CSVLogger writes them ({@code ["files/0.txt", "files/1.pdf"]},
     * a gallery's {@code [{"image": "Output/0.png", "caption": null}]}); an inline {@code @Example} may also
     * name a single file. Each file must be inside the examples directory and is offered as FileData.
     */
    @Override
    public final JsonNode readFlag(Component component, String cell, CodecContext context) {
        Component element = element(component);
        ArrayNode items = JSON.arrayNode();
        for (String path : ExamplePaths.list(component, cell)) {
            items.add(item((ObjectNode) each.readFlag(element, path, context)));
        }
        return items;
    }

    @Override
    public final ObjectNode apiSchema(Component component) {
        ObjectNode schema = JSON.objectNode();
        schema.put("type", "array");
        schema.set("items", itemSchema(each.apiSchema(element(component))));
        return schema;
    }

    /** No example: a client must upload files first. */
    @Override
    public final JsonNode exampleInput(Component component, String inlineExample) {
        return JSON.nullNode();
    }

    @Override
    JsonNode emptyValue(Component component) {
        return JSON.nullNode();
    }
}
