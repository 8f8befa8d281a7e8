package dev.pennant.processor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * How generated code turns a value shown by {@code @Json} into plain maps and lists: records, which the
 * runtime does not know how to read, become {@code LinkedHashMap}s of their components; everything else
 * is passed as it is.
 */
public sealed interface JsonShape {

    /** A value the runtime shows as it is: a string, number, boolean, enum, or a map or list without records. */
    record AsIs() implements JsonShape {
    }

    /** A record, converted by a helper method that reads its components (see {@link Json#records()}). */
    record RecordRef(TypeElement record) implements JsonShape {
    }

    /** A collection whose elements need converting. */
    record ListOf(JsonShape element) implements JsonShape {
    }

    /** A map with string keys whose values need converting. */
    record MapOf(JsonShape value) implements JsonShape {
    }

    /** One component of a record: its name (the JSON key), its accessor and how to convert its value. */
    record Field(String name, String accessor, JsonShape shape) {
    }

    /**
     * The shape of a {@code @Json} output and of every record it reaches.
     *
     * @param top the shape of the returned value
     * @param records each record type reached, by qualified name, with its components in declaration order
     */
    record Json(JsonShape top, Map<String, RecordFields> records) {
        public Json {
            records = Collections.unmodifiableMap(new LinkedHashMap<>(records));
        }
    }

    /** A record type and its components. */
    record RecordFields(TypeElement record, TypeMirror type, List<Field> fields) {
        public RecordFields {
            fields = List.copyOf(fields);
        }
    }
}
