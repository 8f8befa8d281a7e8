package dev.pennant.processor.model;

/**
 * A {@code java.util.List} or {@code java.util.Set} of values.
 *
 * @param set whether it is a Set
 * @param element the type of the elements
 */
public record CollectionValueType(boolean set, ValueType element) implements ValueType {
}
