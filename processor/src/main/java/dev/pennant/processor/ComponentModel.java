package dev.pennant.processor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.type.TypeMirror;

/**
 * One input or output component as generated code states it.
 *
 * @param label the label (parameter name, record component name, {@code Output}, or the annotation's label)
 * @param kind the component kind
 * @param valueType the runtime value type
 * @param javaType the Java type of the values, for the casts in the generated call
 * @param props props in Gradio's names; values are Double, Integer, String or List of String, in insertion order
 */
record ComponentModel(String label, ComponentKind kind, ValueTypeModel valueType, TypeMirror javaType,
                      Map<String, Object> props) {

    ComponentModel {
        props = Collections.unmodifiableMap(new LinkedHashMap<>(props));
    }
}
