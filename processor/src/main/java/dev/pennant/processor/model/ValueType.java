package dev.pennant.processor.model;

/**
 * Which {@code dev.pennant.components.ValueType} a component's values have: one the runtime names by
 * a constant, or the one it builds for an enum.
 */
public sealed interface ValueType permits BuiltinValueType, EnumValueType {
}
