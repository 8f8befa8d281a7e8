package dev.pennant.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reading fields out of the servers' answers. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    static String text(String document, String field) {
        JsonNode value = parse(document).get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalStateException("no \"" + field + "\" in " + document);
        }
        return value.textValue();
    }
}
