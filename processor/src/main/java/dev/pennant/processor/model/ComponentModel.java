package dev.pennant.processor.model;

import dev.pennant.processor.model.props.Props;
import javax.lang.model.type.TypeMirror;

/**
 * One input or output component as generated code states it.
 *
 * @param label the label (parameter name, record component name, {@code Output}, or the annotation's label)
 * @param kind the component kind
 * @param valueType the runtime value type
 * @param javaType the Java type of the values, for the casts in the generated call
 * @param props the kind's props that differ from their defaults
 */
public record ComponentModel(String label, ComponentKind kind, ValueType valueType, TypeMirror javaType, Props props) {

    /** The same component under another label, for a value of another (equally shown) Java type. */
    public ComponentModel relabelled(String newLabel, TypeMirror newJavaType) {
        return new ComponentModel(newLabel, kind, valueType, newJavaType, props);
    }
}
