package dev.pennant.components;

import java.util.ArrayList;
import java.util.List;

/** The allowed values of a one-of-several component: the {@code choices} prop, or an enum's constant names. */
public final class Choices {
    private Choices() {}

    /** The choices in display order; empty when the component is free-form. */
    public static List<String> of(Component component) {
        if (component.valueType().kind() == ValueType.Kind.ENUM) {
            List<String> names = new ArrayList<>();
            for (Enum<?> constant : component.valueType().constants()) {
                names.add(constant.name());
            }
            return List.copyOf(names);
        }
        Object choices = component.props().get("choices");
        if (choices instanceof List<?> list) {
            List<String> names = new ArrayList<>();
            for (Object choice : list) {
                names.add(String.valueOf(choice));
            }
            return List.copyOf(names);
        }
        return List.of();
    }
}
