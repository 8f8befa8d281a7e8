package dev.pennant.processor.model;

/**
 * Which {@code dev.pennant.components.ValueType} a component's values have: a built-in one, an enum's,
 * or a list of one ({@code List<Path>} of several files or a gallery's images).
 */
public sealed interface ValueType permits BuiltinValueType, EnumValueType, CollectionValueType {
}
