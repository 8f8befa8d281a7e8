package dev.pennant.processor.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * The components and how the method's parameters map to them.
 *
 * @param inputs one component per parameter except a {@code Progress} one, in order
 * @param progressParameter the position of the {@code Progress} parameter among all parameters, if any
 * @param returns the output components and how to read them from the returned value
 */
public record Components(List<ComponentModel> inputs, OptionalInt progressParameter, ReturnModel returns) {

    public Components {
        inputs = List.copyOf(inputs);
    }

    /** Every parameter, the {@code Progress} one included. */
    public int parameterCount() {
        return inputs.size() + (progressParameter.isPresent() ? 1 : 0);
    }
}
