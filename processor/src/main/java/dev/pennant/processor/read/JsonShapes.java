package dev.pennant.processor.read;

import dev.pennant.processor.model.JsonShape;
import dev.pennant.processor.read.check.Access;
import dev.pennant.processor.read.mirror.JavaTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Reads the shape of a value shown by {@code @Json}: which parts are records (converted to maps by
 * generated code) and whether every part is something JSON can show.
 */
final class JsonShapes {
    static final String SHOWN = "strings, numbers, booleans, enums, maps with String keys, collections and records";

    private static final Set<String> AS_IS = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Character", "java.lang.Byte", "java.lang.Short",
            "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Number",
            "java.lang.Object", "java.math.BigDecimal", "java.math.BigInteger");

    private final Types types;
    private final JavaTypes javaTypes;
    private final Access access;

    JsonShapes(Types types, JavaTypes javaTypes, Access access) {
        this.types = types;
        this.javaTypes = javaTypes;
        this.access = access;
    }

    /** The shape of {@code type}, or why JSON cannot show a part of it (thrown as {@link NotShown}). */
    JsonShape.Json read(TypeMirror type, String generatedPackage) throws NotShown {
        Map<String, JsonShape.RecordFields> records = new LinkedHashMap<>();
        JsonShape top = shape(type, generatedPackage, records);
        return new JsonShape.Json(top, records);
    }

    /** A part of the value JSON cannot show; the message says which and why. */
    static final class NotShown extends Exception {
        NotShown(String message) {
            super(message, null, false, false);
        }
    }

    private JsonShape shape(TypeMirror type, String generatedPackage, Map<String, JsonShape.RecordFields> records)
            throws NotShown {
        if (type.getKind().isPrimitive() || type.getKind() == TypeKind.TYPEVAR) {
            return new JsonShape.AsIs();
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendsBound() == null
                    ? new JsonShape.AsIs() : shape(wildcard.getExtendsBound(), generatedPackage, records);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            throw new NotShown(type + " (JSON shows " + SHOWN + ")");
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (element.getKind() == ElementKind.ENUM || AS_IS.contains(element.getQualifiedName().toString())) {
            return new JsonShape.AsIs();
        }
        if (element.getKind() == ElementKind.RECORD) {
            return record(element, type, generatedPackage, records);
        }
        Optional<DeclaredType> map = javaTypes.supertypeNamed(type, "java.util.Map");
        if (map.isPresent()) {
            List<? extends TypeMirror> arguments = map.get().getTypeArguments();
            if (arguments.isEmpty()) {
                return new JsonShape.AsIs();
            }
            TypeMirror key = upperBound(arguments.get(0));
            if (key == null || key.getKind() != TypeKind.DECLARED
                    || !JavaTypes.qualifiedName(key).equals("java.lang.String")) {
                throw new NotShown(type + " (JSON object keys are strings; use a Map<String, …>)");
            }
            JsonShape value = shape(arguments.get(1), generatedPackage, records);
            return value instanceof JsonShape.AsIs ? value : new JsonShape.MapOf(value);
        }
        Optional<DeclaredType> collection = javaTypes.supertypeNamed(type, "java.util.Collection");
        if (collection.isPresent()) {
            List<? extends TypeMirror> arguments = collection.get().getTypeArguments();
            if (arguments.isEmpty()) {
                return new JsonShape.AsIs();
            }
            JsonShape elementShape = shape(arguments.get(0), generatedPackage, records);
            return elementShape instanceof JsonShape.AsIs ? elementShape : new JsonShape.ListOf(elementShape);
        }
        throw new NotShown(type + " (JSON shows " + SHOWN + ")");
    }

    private JsonShape record(TypeElement record, TypeMirror type, String generatedPackage,
                             Map<String, JsonShape.RecordFields> records) throws NotShown {
        String name = record.getQualifiedName().toString();
        JsonShape.RecordRef ref = new JsonShape.RecordRef(record);
        if (records.containsKey(name)) {
            return ref;   // already read, or being read (a record that contains itself)
        }
        if (!record.getTypeParameters().isEmpty()) {
            throw new NotShown(type + " (a generic record; use a record without type parameters)");
        }
        Optional<String> unreachable = access.whyNotNameable(record, generatedPackage);
        if (unreachable.isPresent()) {
            throw new NotShown(type + " (generated code in package '" + generatedPackage + "' cannot name it because "
                    + unreachable.get() + ")");
        }
        records.put(name, null);   // a placeholder, so a record that contains itself ends the recursion
        List<JsonShape.Field> fields = new java.util.ArrayList<>();
        for (RecordComponentElement component : record.getRecordComponents()) {
            TypeMirror componentType = ((ExecutableType) types.asMemberOf((DeclaredType) type, component.getAccessor()))
                    .getReturnType();
            fields.add(new JsonShape.Field(component.getSimpleName().toString(),
                    component.getAccessor().getSimpleName().toString(),
                    shape(componentType, generatedPackage, records)));
        }
        records.put(name, new JsonShape.RecordFields(record, type, fields));
        return ref;
    }

    private static TypeMirror upperBound(TypeMirror type) {
        return type instanceof WildcardType wildcard ? wildcard.getExtendsBound() : type;
    }
}
