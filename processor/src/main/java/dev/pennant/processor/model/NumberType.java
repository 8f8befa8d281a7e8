package dev.pennant.processor.model;

/** The Java number types a component can hold, as far as reading a number from text depends on it. */
public enum NumberType {
    DOUBLE("double", false), FLOAT("float", false), INT("int", true), LONG("long", true);

    private final String javaName;
    private final boolean whole;

    NumberType(String javaName, boolean whole) {
        this.javaName = javaName;
        this.whole = whole;
    }

    /** The primitive type's name, as messages show it. */
    public String javaName() {
        return javaName;
    }

    /** Whether the type holds whole numbers only. */
    public boolean isWhole() {
        return whole;
    }
}
