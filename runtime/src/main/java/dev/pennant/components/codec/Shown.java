package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;

/** Short renderings of what a client sent, for messages: long values are cut so an error never echoes a huge body. */
final class Shown {
    private Shown() {}

    /** Text in quotes, cut to 60 characters. */
    static String quoted(String text) {
        return "\"" + cut(text, 60) + "\"";
    }

    /** A JSON value: text in quotes, anything else as JSON, cut to 60 characters. */
    static String json(JsonNode node) {
        return node.isTextual() ? quoted(node.textValue()) : cut(node.toString(), 60);
    }

    static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 3) + "..." : text;
    }
}
