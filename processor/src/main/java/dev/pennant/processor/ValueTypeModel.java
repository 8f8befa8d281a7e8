package dev.pennant.processor;

import javax.lang.model.element.TypeElement;

/**
 * Which {@code dev.pennant.components.ValueType} generated code names: a constant such as
 * {@code DOUBLE}, or {@code ValueType.enumOf(MyEnum.values())} for an enum.
 *
 * @param constant the constant's name, or null for an enum
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
