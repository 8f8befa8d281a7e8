package dev.pennant.processor.model;

/**
 * Which {@code dev.pennant.components.ValueType} a component's values have: a built-in one, or an enum's.
 */
public sealed interface ValueType permits BuiltinValueType, EnumValueType {
}
