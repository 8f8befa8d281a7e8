package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;

/**
 * Several files ({@code List<Path>}, Gradio's File with {@code file_count="multiple"}): a JSON array of
 * FileData in and out; flagged as one file each, the cell {@code ["files/0.txt", "files/1.pdf"]}.
 */
final class FilesCodec extends FileListCodec {

    FilesCodec() {
        super(new FileCodec());
    }

    @Override
    JsonNode item(ObjectNode fileData) {
        return fileData;
    }

    @Override
    JsonNode fileDataIn(JsonNode item) {
        return item;
    }

    @Override
    JsonNode cellItem(String path) {
        return JSON.textNode(path);
    }

    @Override
    ObjectNode itemSchema(ObjectNode fileDataSchema) {
        return fileDataSchema;
    }

    @Override
    public String pythonType(Component component) {
        return "list[filepath]";
    }

    /** Gradio's {@code file_count}, which the page reads to take several files. */
    @Override
    void configure(Component component, ObjectNode props) {
        props.put("file_count", "multiple");
    }
}
