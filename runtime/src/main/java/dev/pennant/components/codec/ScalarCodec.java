package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;

/** A kind whose values are one JSON scalar: its API info is that JSON type and a Python type. */
abstract class ScalarCodec extends ComponentCodec {
    private final String jsonType;
    private final String pythonType;

    ScalarCodec(String jsonType, String pythonType) {
        this.jsonType = jsonType;
        this.pythonType = pythonType;
    }

    @Override
    public ObjectNode apiSchema(Component component) {
        return JSON.objectNode().put("type", jsonType);
    }

    @Override
    public String pythonType(Component component) {
        return pythonType;
    }
}
