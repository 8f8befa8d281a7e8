package dev.pennant.processor.write;

import static dev.pennant.processor.write.RuntimeTypes.COMPONENT;
import static dev.pennant.processor.write.RuntimeTypes.COMPONENT_TYPE;
import static dev.pennant.processor.write.RuntimeTypes.LIST;
import static dev.pennant.processor.write.RuntimeTypes.MAP;
import static dev.pennant.processor.write.RuntimeTypes.VALUE_TYPE;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.EnumValueType;
import dev.pennant.processor.model.props.PropValue;
import dev.pennant.processor.model.props.Props;
import java.util.ArrayList;
import java.util.List;

/**
 * One component as a {@code Component.of(...)} expression. The kind, the value type and the props are
 * each rendered by one method, so a change to how generated code states one of them is made there.
 */
final class ComponentCode {
    private ComponentCode() {
    }

    static CodeBlock component(ComponentModel component) {
        List<Props.Prop> props = component.props().gradioProps();
        if (props.isEmpty()) {
            return CodeBlock.of("$T.of($L, $S, $L)", COMPONENT, kind(component.kind()), component.label(),
                    valueType(component));
        }
        return CodeBlock.of("$T.of($L, $S, $L, $L)", COMPONENT, kind(component.kind()), component.label(),
                valueType(component), props(props));
    }

    static CodeBlock kind(ComponentKind kind) {
        return CodeBlock.of("$T.$L", COMPONENT_TYPE, kind.name());
    }

    /**
     * The runtime value type of the component's values, named by the class the runtime's codec converts:
     * {@code ValueType.of(double.class)}, {@code ValueType.enumOf(Tone.class, Tone.values())}. A label's map
     * is a {@code Map}; JSON data is {@code Object}, since generated code has turned records into maps.
     */
    static CodeBlock valueType(ComponentModel component) {
        if (component.valueType() instanceof EnumValueType enumType) {
            ClassName type = ClassName.get(enumType.enumType());
            return CodeBlock.of("$T.enumOf($T.class, $T.values())", VALUE_TYPE, type, type);
        }
        TypeName type = switch ((BuiltinValueType) component.valueType()) {
            case DOUBLE -> TypeName.DOUBLE;
            case BOXED_DOUBLE -> ClassName.get(Double.class);
            case FLOAT -> TypeName.FLOAT;
            case BOXED_FLOAT -> ClassName.get(Float.class);
            case INT -> TypeName.INT;
            case BOXED_INT -> ClassName.get(Integer.class);
            case LONG -> TypeName.LONG;
            case BOXED_LONG -> ClassName.get(Long.class);
            case BOOLEAN -> TypeName.BOOLEAN;
            case BOXED_BOOLEAN -> ClassName.get(Boolean.class);
            case STRING -> ClassName.get(String.class);
            case LABEL_MAP -> MAP;
            case IMAGE -> ClassName.get("java.awt.image", "BufferedImage");
            case IMAGE_BYTES -> ArrayTypeName.of(TypeName.BYTE);
            case IMAGE_PATH, FILE_PATH -> ClassName.get("java.nio.file", "Path");
            case JSON -> ClassName.OBJECT;
        };
        return CodeBlock.of("$T.of($T.class)", VALUE_TYPE, type);
    }

    /** The props as a {@code Map.of(name, value, …)} in their order. */
    static CodeBlock props(List<Props.Prop> props) {
        List<CodeBlock> entries = new ArrayList<>();
        props.forEach(prop -> entries.add(CodeBlock.of("$S, $L", prop.name(), literal(prop.value()))));
        return CodeBlock.of("$T.of($L)", MAP, CodeBlock.join(entries, ", "));
    }

    private static CodeBlock literal(PropValue value) {
        if (value instanceof PropValue.Decimal decimal) {
            return CodeBlock.of("$L", Double.toString(decimal.value()));   // finite: the reader rejects NaN and infinities
        }
        if (value instanceof PropValue.Whole whole) {
            return CodeBlock.of("$L", whole.value());
        }
        if (value instanceof PropValue.Flag flag) {
            return CodeBlock.of("$L", flag.value());
        }
        if (value instanceof PropValue.Text text) {
            return CodeBlock.of("$S", text.value());
        }
        return CodeBlock.of("$T.of($L)", LIST, strings(((PropValue.Texts) value).values()));
    }

    /** String literals separated by commas, for a varargs or {@code List.of} call. */
    static CodeBlock strings(List<String> strings) {
        List<CodeBlock> literals = new ArrayList<>();
        strings.forEach(s -> literals.add(CodeBlock.of("$S", s)));
        return CodeBlock.join(literals, ", ");
    }
}
