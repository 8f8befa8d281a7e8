package dev.pennant.spi;

import dev.pennant.Progress;
import dev.pennant.flagging.FlaggingCallback;
import java.util.List;

/**
 * What the annotation processor generates for each {@code @Interface} method: the description of its
 * components and a typed call. Implementations are listed in
 * {@code META-INF/services/dev.pennant.spi.GeneratedInterface} and found with {@link java.util.ServiceLoader}.
 * Not for users to implement.
 */
public interface GeneratedInterface {

    /** The components, labels and configuration read from the annotation. */
    InterfaceSpec spec();

    /** A new instance of the configured flagging callback (generated code calls its constructor). */
    FlaggingCallback newFlaggingCallback();

    /**
     * Calls the method.
     *
     * @param target the instance an instance method is bound to; ignored for static methods
     * @param arguments one decoded value per input component, of the types given by their {@code ValueType}
     * @return one value per output component (a record's components, in order)
     */
    List<Object> call(Object target, List<Object> arguments) throws Exception;

    /**
     * Calls the method, passing {@code progress} to its {@link Progress} parameter if it has one.
     * Generated code overrides this only for methods that take a {@code Progress}.
     */
    default List<Object> call(Object target, List<Object> arguments, Progress progress) throws Exception {
        return call(target, arguments);
    }
}
