package dev.pennant.components.codec;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.pennant.components.ComponentType;
import org.junit.jupiter.api.Test;

class CodecsTest {
    @Test
    void everyKindOfComponentHasACodec() {
        for (ComponentType type : ComponentType.values()) {
            assertNotNull(Codecs.of(type), type.name());
        }
    }
}
