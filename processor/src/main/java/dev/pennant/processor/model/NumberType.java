package dev.pennant.processor.model;

import java.util.Locale;

/** The Java number types a component can hold, as far as reading a number from text depends on it. */
public enum NumberType {
    DOUBLE, FLOAT, INT, LONG;

    /** The primitive type's name, as messages show it. */
    public String javaName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the type holds whole numbers only. */
    public boolean isWhole() {
        return this == INT || this == LONG;
    }
}
