package dev.pennant.processor;

import javax.lang.model.element.TypeElement;

/**
 * Which {@code dev.pennant.components.ValueType} generated code states: a name such as {@code DOUBLE} or
 * {@code IMAGE_PATH}, which the writer renders as {@code ValueType.of(double.class)} or
 * {@code ValueType.of(Path.class)}, or {@code ValueType.enumOf(MyEnum.class, MyEnum.values())} for an enum.
 *
 * @param constant the value type's name, or null for an enum
 * @param enumType the enum type, or null for a constant
 */
record ValueTypeModel(String constant, TypeElement enumType) {

    static ValueTypeModel constant(String name) {
        return new ValueTypeModel(name, null);
    }

    static ValueTypeModel enumOf(TypeElement enumType) {
        return new ValueTypeModel(null, enumType);
    }

    boolean isEnum() {
        return enumType != null;
    }
}
