package dev.pennant.components;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The runtime description of one input or output of an interface: its label (the CSV column and the
 * page label), what kind of component shows it, the Java type of its values, and its props in
 * Gradio's names ({@code choices}, {@code minimum}, {@code maximum}, {@code step}, {@code lines},
 * {@code placeholder}, and {@code value} for the value shown when the page opens). Flagging callbacks receive these in {@code setup}.
 *
 * @param label the label: a parameter name, a record component name, or {@code Output}
 * @param type the kind of component
 * @param valueType the Java type of the values the method takes or returns
 * @param props component properties in Gradio's names; never null, unmodifiable
 */
public record Component(String label, ComponentType type, ValueType valueType, Map<String, Object> props) {

    public Component {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(valueType, "valueType");
        props = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(props));
    }

    /** A component without props. */
    public static Component of(ComponentType type, String label, ValueType valueType) {
        return new Component(label, type, valueType, Map.of());
    }

    /** A component with props, e.g. {@code Map.of("choices", List.of("add", "subtract"))}. */
    public static Component of(ComponentType type, String label, ValueType valueType, Map<String, Object> props) {
        return new Component(label, type, valueType, props);
    }
}
