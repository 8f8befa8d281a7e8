package dev.pennant.processor.read.component;

import dev.pennant.processor.read.mirror.JavaTypes;
import java.util.List;
import javax.lang.model.type.TypeMirror;

/**
 * The Java types {@link ComponentTable} speaks of, with the words messages use for them: the names
 * after "Use it on" ({@code fitNames}) and the entry in a "Use one of" list ({@code listName}).
 */
public enum TypeFamily {
    NUMBERS("double, float, int, long", true, "double", "float", "int", "long", "their boxed types") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.scalar(type).flatMap(scalar -> scalar.number()).isPresent();
        }
    },
    BOOLEANS("boolean", true, "boolean", "Boolean") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.scalar(type).filter(scalar -> scalar.isBoolean()).isPresent();
        }
    },
    STRINGS("String", false, "String") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.isNamed(type, "java.lang.String");
        }
    },
    ENUMS("an enum", false, "enum") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.enumType(type).isPresent();
        }
    },
    BUFFERED_IMAGES("BufferedImage", false, "BufferedImage") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.isNamed(type, "java.awt.image.BufferedImage");
        }
    },
    BYTE_ARRAYS("byte[]", false, "byte[]") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.isByteArray(type);
        }
    },
    PATHS("java.nio.file.Path", false, "java.nio.file.Path") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.isNamed(type, "java.nio.file.Path");
        }
    },
    LABEL_MAPS("Map<String, ? extends Number>", false, "Map<String, ? extends Number>") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.isLabelMap(type);
        }
    },
    /**
     * Any map, collection or record. Not a specific type: under an annotation that does not take it,
     * such a type counts as one Pennant does not know (see {@link Pick#isMismatch()}).
     */
    JSON_VALUES("a Map<String, ?>, Collection or record", false, "a Map<String, ?>", "a Collection", "a record") {
        @Override
        boolean matches(TypeMirror type, JavaTypes javaTypes) {
            return javaTypes.isJsonContainer(type);
        }

        @Override
        boolean isSpecific() {
            return false;
        }
    };

    private final String listName;
    private final boolean primitive;
    private final List<String> fitNames;

    TypeFamily(String listName, boolean primitive, String... fitNames) {
        this.listName = listName;
        this.primitive = primitive;
        this.fitNames = List.of(fitNames);
    }

    abstract boolean matches(TypeMirror type, JavaTypes javaTypes);

    /** Whether the family names particular types, rather than every type of a shape. */
    boolean isSpecific() {
        return true;
    }

    /** Primitive types and their boxes: "Use one of" lists them together, then "(or their boxed types)". */
    boolean isPrimitive() {
        return primitive;
    }

    String listName() {
        return listName;
    }

    List<String> fitNames() {
        return fitNames;
    }
}
