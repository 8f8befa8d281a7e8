package dev.pennant.processor.model;

import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/** The values of an enum type, chosen by constant name. */
public record EnumValueType(TypeElement enumType) implements ValueType {

    /** The constant names, in declaration order: the choices. */
    public List<String> constants() {
        return enumType.getEnclosedElements().stream()
                .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT)
                .map(e -> e.getSimpleName().toString())
                .toList();
    }
}
