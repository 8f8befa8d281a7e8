package dev.pennant.components;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Java type a component's values have in the user's method, as the runtime's codecs need to
 * know it: which JSON it accepts, which Java value it produces, how it is written to a CSV cell.
 * Generated code names one of the constants, or {@link #enumOf} for an enum parameter.
 */
public final class ValueType {

    /** The shapes of value Pennant converts. */
    public enum Kind {
        DOUBLE, FLOAT, INT, LONG, BOOLEAN, STRING, ENUM, LABEL_MAP,
        /** {@code java.awt.image.BufferedImage}. */
        IMAGE,
        /** {@code byte[]}: an image file's original bytes. */
        IMAGE_BYTES,
        /** {@code java.nio.file.Path} to an image file the server received or produced. */
        IMAGE_PATH,
        /** {@code java.nio.file.Path} to any file the server received or produced. */
        FILE_PATH,
        /** JSON data: maps with string keys, lists, strings, numbers, booleans and null (records arrive as maps). */
        JSON
    }

    public static final ValueType DOUBLE = new ValueType(Kind.DOUBLE, false, List.of());
    public static final ValueType BOXED_DOUBLE = new ValueType(Kind.DOUBLE, true, List.of());
    public static final ValueType FLOAT = new ValueType(Kind.FLOAT, false, List.of());
    public static final ValueType BOXED_FLOAT = new ValueType(Kind.FLOAT, true, List.of());
    public static final ValueType INT = new ValueType(Kind.INT, false, List.of());
    public static final ValueType BOXED_INT = new ValueType(Kind.INT, true, List.of());
    public static final ValueType LONG = new ValueType(Kind.LONG, false, List.of());
    public static final ValueType BOXED_LONG = new ValueType(Kind.LONG, true, List.of());
    public static final ValueType BOOLEAN = new ValueType(Kind.BOOLEAN, false, List.of());
    public static final ValueType BOXED_BOOLEAN = new ValueType(Kind.BOOLEAN, true, List.of());
    public static final ValueType STRING = new ValueType(Kind.STRING, true, List.of());
    /** {@code Map<String, ? extends Number>}: class name to confidence, in the map's iteration order. */
    public static final ValueType LABEL_MAP = new ValueType(Kind.LABEL_MAP, true, List.of());

    public static final ValueType IMAGE = new ValueType(Kind.IMAGE, true, List.of());
    public static final ValueType IMAGE_BYTES = new ValueType(Kind.IMAGE_BYTES, true, List.of());
    public static final ValueType IMAGE_PATH = new ValueType(Kind.IMAGE_PATH, true, List.of());
    public static final ValueType FILE_PATH = new ValueType(Kind.FILE_PATH, true, List.of());
    public static final ValueType JSON = new ValueType(Kind.JSON, true, List.of());

    private final Kind kind;
    private final boolean nullable;
    private final List<Enum<?>> constants;

    private ValueType(Kind kind, boolean nullable, List<Enum<?>> constants) {
        this.kind = kind;
        this.nullable = nullable;
        this.constants = constants;
    }

    /** An enum type; generated code passes {@code MyEnum.values()}, so no reflection is needed to convert names. */
    public static ValueType enumOf(Enum<?>... constants) {
        return new ValueType(Kind.ENUM, true, List.of(constants));
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the Java type accepts {@code null} (boxed types, strings, enums, maps). */
    public boolean nullable() {
        return nullable;
    }

    /** The enum constants in declaration order; empty unless {@link #kind()} is {@link Kind#ENUM}. */
    public List<Enum<?>> constants() {
        return constants;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueType other
                && kind == other.kind
                && nullable == other.nullable
                && constants.equals(other.constants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, nullable, constants);
    }

    @Override
    public String toString() {
        return kind + (nullable ? "?" : "") + (constants.isEmpty() ? "" : Arrays.toString(constants.toArray()));
    }
}
