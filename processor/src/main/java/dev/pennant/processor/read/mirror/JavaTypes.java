package dev.pennant.processor.read.mirror;

import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.EnumValueType;
import dev.pennant.processor.model.ValueType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Questions about Java types the readers ask: which scalar, enum or record a type is, and what it extends. */
public final class JavaTypes {
    private final Elements elements;
    private final Types types;

    public JavaTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The value type of a number, boolean or String type, primitive or boxed. */
    public Optional<BuiltinValueType> scalar(TypeMirror type) {
        switch (type.getKind()) {
            case DOUBLE: return Optional.of(BuiltinValueType.DOUBLE);
            case FLOAT: return Optional.of(BuiltinValueType.FLOAT);
            case INT: return Optional.of(BuiltinValueType.INT);
            case LONG: return Optional.of(BuiltinValueType.LONG);
            case BOOLEAN: return Optional.of(BuiltinValueType.BOOLEAN);
            case DECLARED: break;
            default: return Optional.empty();
        }
        switch (qualifiedName(type)) {
            case "java.lang.Double": return Optional.of(BuiltinValueType.BOXED_DOUBLE);
            case "java.lang.Float": return Optional.of(BuiltinValueType.BOXED_FLOAT);
            case "java.lang.Integer": return Optional.of(BuiltinValueType.BOXED_INT);
            case "java.lang.Long": return Optional.of(BuiltinValueType.BOXED_LONG);
            case "java.lang.Boolean": return Optional.of(BuiltinValueType.BOXED_BOOLEAN);
            case "java.lang.String": return Optional.of(BuiltinValueType.STRING);
            default: return Optional.empty();
        }
    }

    /** The value type a type has by itself, whatever shows it: a scalar's, or an enum's. */
    public Optional<ValueType> ownValueType(TypeMirror type) {
        Optional<ValueType> scalar = scalar(type).map(ValueType.class::cast);
        return scalar.or(() -> enumType(type).map(EnumValueType::new));
    }

    /** Whether {@code type} is the class named {@code qualifiedName} (not a subtype). */
    public boolean isNamed(TypeMirror type, String qualifiedName) {
        return type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals(qualifiedName);
    }

    public boolean isByteArray(TypeMirror type) {
        return type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE;
    }

    /** Whether {@code type} is {@code dev.pennant.Progress}, which the runtime passes in instead of an input. */
    public boolean isProgress(TypeMirror type) {
        return isNamed(type, AnnotationNames.PROGRESS);
    }

    /** The enum's type element when {@code type} is an enum type. */
    public Optional<TypeElement> enumType(TypeMirror type) {
        return declaredElement(type).filter(e -> e.getKind() == ElementKind.ENUM);
    }

    /** The record's type element when {@code type} is a record type. */
    public Optional<TypeElement> recordType(TypeMirror type) {
        return declaredElement(type).filter(e -> e.getKind() == ElementKind.RECORD);
    }

    /** Whether {@code type} is a {@code Map} (or a subtype) from String to a subtype of Number. */
    public boolean isLabelMap(TypeMirror type) {
        Optional<DeclaredType> map = supertypeNamed(type, "java.util.Map");
        if (map.isEmpty() || map.get().getTypeArguments().size() != 2) {
            return false;
        }
        List<? extends TypeMirror> arguments = map.get().getTypeArguments();
        TypeMirror key = arguments.get(0);
        TypeMirror value = arguments.get(1);
        if (value instanceof WildcardType wildcard) {
            value = wildcard.getExtendsBound();
        }
        TypeMirror string = elements.getTypeElement("java.lang.String").asType();
        TypeMirror number = elements.getTypeElement("java.lang.Number").asType();
        return key.getKind() == TypeKind.DECLARED && types.isSameType(key, string)
                && value != null && value.getKind() == TypeKind.DECLARED && types.isAssignable(value, number);
    }

    /** Whether {@code @Json} can show {@code type} as a whole: a map, a collection or a record. */
    public boolean isJsonContainer(TypeMirror type) {
        return recordType(type).isPresent()
                || supertypeNamed(type, "java.util.Map").isPresent()
                || supertypeNamed(type, "java.util.Collection").isPresent();
    }

    /** {@code type} or its first supertype named {@code name}, with its type arguments as seen from {@code type}. */
    public Optional<DeclaredType> supertypeNamed(TypeMirror type, String name) {
        Deque<TypeMirror> pending = new ArrayDeque<>();
        pending.add(type);
        while (!pending.isEmpty()) {
            TypeMirror next = pending.remove();
            if (next.getKind() != TypeKind.DECLARED) {
                continue;
            }
            if (qualifiedName(next).equals(name)) {
                return Optional.of((DeclaredType) next);
            }
            pending.addAll(types.directSupertypes(next));
        }
        return Optional.empty();
    }

    public static Optional<TypeElement> declaredElement(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                ? Optional.of((TypeElement) ((DeclaredType) type).asElement())
                : Optional.empty();
    }

    public static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
}
