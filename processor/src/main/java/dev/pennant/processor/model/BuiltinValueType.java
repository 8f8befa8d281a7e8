package dev.pennant.processor.model;

import java.util.Optional;

/**
 * The value types of the components Pennant has, other than enums. Generated code names each by the
 * class of its values at run time ({@code ValueType.of(double.class)}, {@code ValueType.of(Path.class)};
 * see {@code write.ComponentCode}).
 */
public enum BuiltinValueType implements ValueType {
    DOUBLE(NumberType.DOUBLE), BOXED_DOUBLE(NumberType.DOUBLE),
    FLOAT(NumberType.FLOAT), BOXED_FLOAT(NumberType.FLOAT),
    INT(NumberType.INT), BOXED_INT(NumberType.INT),
    LONG(NumberType.LONG), BOXED_LONG(NumberType.LONG),
    BOOLEAN, BOXED_BOOLEAN,
    STRING,
    LABEL_MAP,
    IMAGE, IMAGE_BYTES, IMAGE_PATH, FILE_PATH,
    JSON;

    private final NumberType number;

    BuiltinValueType() {
        this(null);
    }

    BuiltinValueType(NumberType number) {
        this.number = number;
    }

    /** The number type, for the numeric value types. */
    public Optional<NumberType> number() {
        return Optional.ofNullable(number);
    }

    public boolean isBoolean() {
        return this == BOOLEAN || this == BOXED_BOOLEAN;
    }
}
