package dev.pennant.components.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pennant.components.InvalidInputException;

/** The message a refused input value gets: the input's label, then the problem. */
final class InvalidInputs {
    private InvalidInputs() {}

    static void assertMessage(Runnable decode, String label, String problem) {
        InvalidInputException e = assertThrows(InvalidInputException.class, decode::run);
        assertEquals("Invalid value for input \"" + label + "\": " + problem, e.getMessage());
        assertEquals(label, e.label());
    }
}
