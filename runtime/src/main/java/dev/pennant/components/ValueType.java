package dev.pennant.components;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The Java type a component's values have at run time, as the component's codec needs to know it:
 * {@code ValueType.of(double.class)}, {@code ValueType.of(Path.class)}, or
 * {@code ValueType.enumOf(Tone.class, Tone.values())} for an enum. It names a class and nothing else,
 * so a new kind of component needs no new constant here: its codec decides from the class which JSON
 * it accepts and how it writes a CSV cell.
 *
 * <p>Generated code passes an enum's constants itself, so converting names never needs reflection.
 * JSON outputs are {@code ValueType.of(Object.class)}: generated code has already turned records into maps.
 */
public final class ValueType {
    private final Class<?> javaType;
    private final List<Enum<?>> constants;

    private ValueType(Class<?> javaType, List<Enum<?>> constants) {
        this.javaType = Objects.requireNonNull(javaType, "javaType");
        this.constants = constants;
    }

    /** The values of {@code javaType}; a primitive type ({@code double.class}) means null is not a value. */
    public static ValueType of(Class<?> javaType) {
        return new ValueType(javaType, List.of());
    }

    /** An enum type with its constants in declaration order: {@code ValueType.enumOf(Tone.class, Tone.values())}. */
    @SafeVarargs
    public static <E extends Enum<E>> ValueType enumOf(Class<E> enumType, E... constants) {
        return new ValueType(enumType, List.of(constants));
    }

    /** The class of the values: {@code double.class}, {@code Integer.class}, {@code String.class}, an enum, … */
    public Class<?> javaType() {
        return javaType;
    }

    /** Whether {@code null} is a value: true for every type but the primitive ones. */
    public boolean nullable() {
        return !javaType.isPrimitive();
    }

    /** Whether the values are {@code type}, counting a primitive type and its box as the same ({@code int} and {@code Integer}). */
    public boolean is(Class<?> type) {
        return box(javaType) == box(type);
    }

    /** Whether the values are the constants of an enum ({@link #enumOf}). */
    public boolean isEnum() {
        return javaType.isEnum();
    }

    /** The enum constants in declaration order; empty unless {@link #isEnum()}. */
    public List<Enum<?>> constants() {
        return constants;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueType other && javaType == other.javaType && constants.equals(other.constants);
    }

    @Override
    public int hashCode() {
        return Objects.hash(javaType, constants);
    }

    @Override
    public String toString() {
        return javaType.getSimpleName() + (constants.isEmpty() ? "" : Arrays.toString(constants.toArray()));
    }
}
