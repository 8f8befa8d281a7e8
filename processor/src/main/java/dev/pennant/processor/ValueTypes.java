package dev.pennant.processor;

import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.ComponentKind;
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

/** Maps Java types to the runtime's value types; knows which types Pennant can show and which component fits. */
final class ValueTypes {

    /** The scalar types, with the {@code ValueType} constant and the component that shows them by default. */
    enum Scalar {
        DOUBLE(ComponentKind.NUMBER), BOXED_DOUBLE(ComponentKind.NUMBER),
        FLOAT(ComponentKind.NUMBER), BOXED_FLOAT(ComponentKind.NUMBER),
        INT(ComponentKind.NUMBER), BOXED_INT(ComponentKind.NUMBER),
        LONG(ComponentKind.NUMBER), BOXED_LONG(ComponentKind.NUMBER),
        BOOLEAN(ComponentKind.CHECKBOX), BOXED_BOOLEAN(ComponentKind.CHECKBOX),
        STRING(ComponentKind.TEXTBOX);

        final ComponentKind defaultKind;

        Scalar(ComponentKind defaultKind) {
            this.defaultKind = defaultKind;
        }

        boolean isNumeric() {
            return defaultKind == ComponentKind.NUMBER;
        }

        BuiltinValueType valueType() {
            return BuiltinValueType.valueOf(name());
        }
    }

    /** Types shown by an Image or a File component. */
    enum FileType { BUFFERED_IMAGE, BYTES, PATH }

    private final Elements elements;
    private final Types types;

    ValueTypes(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    Optional<Scalar> scalar(TypeMirror type) {
        switch (type.getKind()) {
            case DOUBLE: return Optional.of(Scalar.DOUBLE);
            case FLOAT: return Optional.of(Scalar.FLOAT);
            case INT: return Optional.of(Scalar.INT);
            case LONG: return Optional.of(Scalar.LONG);
            case BOOLEAN: return Optional.of(Scalar.BOOLEAN);
            case DECLARED: break;
            default: return Optional.empty();
        }
        switch (qualifiedName(type)) {
            case "java.lang.Double": return Optional.of(Scalar.BOXED_DOUBLE);
            case "java.lang.Float": return Optional.of(Scalar.BOXED_FLOAT);
            case "java.lang.Integer": return Optional.of(Scalar.BOXED_INT);
            case "java.lang.Long": return Optional.of(Scalar.BOXED_LONG);
            case "java.lang.Boolean": return Optional.of(Scalar.BOXED_BOOLEAN);
            case "java.lang.String": return Optional.of(Scalar.STRING);
            default: return Optional.empty();
        }
    }

    Optional<FileType> fileType(TypeMirror type) {
        if (type.getKind() == TypeKind.ARRAY && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
            return Optional.of(FileType.BYTES);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        return switch (qualifiedName(type)) {
            case "java.awt.image.BufferedImage" -> Optional.of(FileType.BUFFERED_IMAGE);
            case "java.nio.file.Path" -> Optional.of(FileType.PATH);
            default -> Optional.empty();
        };
    }

    /** Whether {@code type} is {@code dev.pennant.Progress}, which the runtime passes in instead of an input. */
    boolean isProgress(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && qualifiedName(type).equals(AnnotationNames.PROGRESS);
    }

    /** The enum's type element when {@code type} is an enum type. */
    Optional<TypeElement> enumType(TypeMirror type) {
        return declaredElement(type).filter(e -> e.getKind() == ElementKind.ENUM);
    }

    /** The record's type element when {@code type} is a record type. */
    Optional<TypeElement> recordType(TypeMirror type) {
        return declaredElement(type).filter(e -> e.getKind() == ElementKind.RECORD);
    }

    /** Whether {@code type} is a {@code Map} (or a subtype) from String to a subtype of Number. */
    boolean isLabelMap(TypeMirror type) {
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

    /** {@code type} or its first supertype named {@code name}, with its type arguments as seen from {@code type}. */
    Optional<DeclaredType> supertypeNamed(TypeMirror type, String name) {
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

    static Optional<TypeElement> declaredElement(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED
                ? Optional.of((TypeElement) ((DeclaredType) type).asElement())
                : Optional.empty();
    }

    static String qualifiedName(TypeMirror type) {
        return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
}
