package dev.pennant.processor.read.component;

import dev.pennant.processor.read.mirror.JavaTypes;
import java.util.List;
import java.util.function.BiPredicate;
import javax.lang.model.type.TypeMirror;

/**
 * The Java types {@link ComponentTable} speaks of, with the words messages use for them: the entry in
 * a "Use one of" list ({@code listName}) and the names after "Use it on" ({@code fitNames}).
 */
public enum TypeFamily {
    NUMBERS("double, float, int, long", Kind.PRIMITIVE, (type, java) -> java.scalar(type).flatMap(s -> s.number()).isPresent(),
            "double", "float", "int", "long", "their boxed types"),
    BOOLEANS("boolean", Kind.PRIMITIVE, (type, java) -> java.scalar(type).filter(s -> s.isBoolean()).isPresent(),
            "boolean", "Boolean"),
    STRINGS("String", Kind.CLASS, (type, java) -> java.isNamed(type, "java.lang.String"), "String"),
    ENUMS("an enum", Kind.CLASS, (type, java) -> java.enumType(type).isPresent(), "enum"),
    BUFFERED_IMAGES("BufferedImage", Kind.CLASS, (type, java) -> java.isNamed(type, "java.awt.image.BufferedImage"),
            "BufferedImage"),
    BYTE_ARRAYS("byte[]", Kind.CLASS, (type, java) -> java.isByteArray(type), "byte[]"),
    PATHS("java.nio.file.Path", Kind.CLASS, (type, java) -> java.isNamed(type, "java.nio.file.Path"),
            "java.nio.file.Path"),
    LABEL_MAPS("Map<String, ? extends Number>", Kind.CLASS, (type, java) -> java.isLabelMap(type),
            "Map<String, ? extends Number>"),
    /** Any map, collection or record: what {@code @Json} shows. */
    JSON_VALUES("a Map<String, ?>, Collection or record", Kind.SHAPE, (type, java) -> java.isJsonContainer(type),
            "a Map<String, ?>", "a Collection", "a record");

    /** How a family names its types. */
    private enum Kind {
        /** Primitive types and their boxes. */
        PRIMITIVE,
        /** Particular classes. */
        CLASS,
        /** Every type of a shape; under an annotation that does not take it, such a type counts as unknown. */
        SHAPE
    }

    private final String listName;
    private final Kind kind;
    private final BiPredicate<TypeMirror, JavaTypes> test;
    private final List<String> fitNames;

    TypeFamily(String listName, Kind kind, BiPredicate<TypeMirror, JavaTypes> test, String... fitNames) {
        this.listName = listName;
        this.kind = kind;
        this.test = test;
        this.fitNames = List.of(fitNames);
    }

    boolean matches(TypeMirror type, JavaTypes javaTypes) {
        return test.test(type, javaTypes);
    }

    /** Whether the family names particular types, rather than every type of a shape (see {@link Pick#isMismatch()}). */
    boolean isSpecific() {
        return kind != Kind.SHAPE;
    }

    /** Primitive types and their boxes: "Use one of" lists them together, then "(or their boxed types)". */
    boolean isPrimitive() {
        return kind == Kind.PRIMITIVE;
    }

    String listName() {
        return listName;
    }

    List<String> fitNames() {
        return fitNames;
    }
}
