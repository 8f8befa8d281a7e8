package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pennant.components.Component;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an example cell of a list of files names: the JSON list Gradio's CSVLogger writes
 * ({@code ["files/0.txt", "files/1.pdf"]}, or a gallery's {@code [{"image": "Output/0.png", "caption": null}]}),
 * or one path for a single file. Each path is then checked by {@link ExampleFile}.
 */
final class ExamplePaths {
    private ExamplePaths() {}

    static List<String> list(Component component, String cell) {
        String text = cell.trim();
        if (!text.startsWith("[")) {
            return List.of(cell);
        }
        JsonNode list;
        try {
            list = JsonValues.parse(text);
        } catch (IOException e) {
            throw ExampleFile.refused(component, cell, "is not a JSON list of paths, e.g. [\"files/0.txt\", \"files/1.pdf\"]");
        }
        List<String> paths = new ArrayList<>();
        for (JsonNode item : list) {
            JsonNode path = item.isObject() ? item.path("image") : item;
            if (!path.isTextual()) {
                throw ExampleFile.refused(component, cell, "lists " + Shown.json(item) + ", which is not a path");
            }
            paths.add(path.textValue());
        }
        return paths;
    }
}
