package dev.pennant.processor.read.component;

import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.read.mirror.JavaTypes;
import java.util.Optional;
import javax.lang.model.type.TypeMirror;

/**
 * One cell of {@link ComponentTable}: values of a type family shown by a component kind.
 *
 * @param family the Java types
 * @param kind the component that shows them
 * @param valueType the runtime value type; empty for the type's own (a number's, a String's, an enum's)
 * @param namesTheKind whether "Use one of" lists add which component shows the type, as in "BufferedImage (an Image)"
 */
public record Fit(TypeFamily family, ComponentKind kind, Optional<BuiltinValueType> valueType, boolean namesTheKind) {

    /** The value type of {@code type}'s values under this fit. */
    public ValueType valueTypeOf(TypeMirror type, JavaTypes javaTypes) {
        return valueType.<ValueType>map(fixed -> fixed).orElseGet(() -> javaTypes.ownValueType(type).orElseThrow());
    }

    /** This fit, named in "Use one of" lists. */
    Fit namingTheKind() {
        return new Fit(family, kind, valueType, true);
    }
}
