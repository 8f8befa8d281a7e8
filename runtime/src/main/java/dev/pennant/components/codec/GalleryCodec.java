package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;

/**
 * Gallery, an output: a {@code List<BufferedImage>} (each sent and flagged as PNG) or {@code List<Path>}
 * of image files, sent as Gradio's GalleryData, a list of {@code {"image": <FileData>, "caption": null}};
 * flagged as one file each, the cell {@code [{"image": "Output/0.png", "caption": null}, …]} as
 * Gradio's CSVLogger writes it.
 */
final class GalleryCodec extends FileListCodec {

    GalleryCodec() {
        super(new ImageCodec());
    }

    @Override
    JsonNode item(ObjectNode fileData) {
        ObjectNode item = JSON.objectNode();
        item.set("image", fileData);
        item.putNull("caption");
        return item;
    }

    @Override
    JsonNode fileDataIn(JsonNode item) {
        return item == null ? null : item.get("image");
    }

    @Override
    JsonNode cellItem(String path) {
        ObjectNode item = JSON.objectNode();
        item.put("image", path);
        item.putNull("caption");
        return item;
    }

    @Override
    ObjectNode itemSchema(ObjectNode fileDataSchema) {
        ObjectNode schema = JSON.objectNode();
        schema.put("title", "GalleryImage");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.set("image", fileDataSchema);
        properties.putObject("caption").putArray("anyOf").add(JSON.objectNode().put("type", "string"))
                .add(JSON.objectNode().put("type", "null"));
        schema.putArray("required").add("image");
        return schema;
    }

    @Override
    public String pythonType(Component component) {
        return "list[dict(image: filepath, caption: str | None)]";
    }

    @Override
    void configure(Component component, ObjectNode props) {
        if (!props.has("columns")) {
            props.put("columns", 2);
        }
    }
}
