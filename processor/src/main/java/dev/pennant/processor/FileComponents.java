package dev.pennant.processor;

import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.ComponentKind;
import java.util.Optional;

/** Which image or file component shows a value, from its Java type and its {@code @Image} or {@code @File}. */
final class FileComponents {
    /** The parameter types {@code @Image} fits, for messages. */
    static final String IMAGE_TYPES = "BufferedImage, byte[] and java.nio.file.Path";
    static final String FILE_TYPES = "java.nio.file.Path";

    /** A component kind and its value type. */
    record Pick(ComponentKind kind, BuiltinValueType valueType) {
    }

    private FileComponents() {
    }

    static boolean isFileAnnotation(String annotationName) {
        return annotationName.equals(AnnotationNames.IMAGE) || annotationName.equals(AnnotationNames.FILE);
    }

    /**
     * The component for a value of {@code fileType} (empty when it is not an image or file type) under
     * the annotation {@code annotationName} ({@code ""} for none); empty when they do not fit, including
     * {@code byte[]} without {@code @Image} (raw bytes could be anything).
     */
    static Optional<Pick> pick(Optional<ValueTypes.FileType> fileType, String annotationName) {
        if (fileType.isEmpty()) {
            return Optional.empty();
        }
        ValueTypes.FileType type = fileType.get();
        return switch (annotationName) {
            case "" -> switch (type) {
                case BUFFERED_IMAGE -> Optional.of(new Pick(ComponentKind.IMAGE, BuiltinValueType.IMAGE));
                case PATH -> Optional.of(new Pick(ComponentKind.FILE, BuiltinValueType.FILE_PATH));
                case BYTES -> Optional.empty();
            };
            case AnnotationNames.IMAGE -> switch (type) {
                case BUFFERED_IMAGE -> Optional.of(new Pick(ComponentKind.IMAGE, BuiltinValueType.IMAGE));
                case BYTES -> Optional.of(new Pick(ComponentKind.IMAGE, BuiltinValueType.IMAGE_BYTES));
                case PATH -> Optional.of(new Pick(ComponentKind.IMAGE, BuiltinValueType.IMAGE_PATH));
            };
            case AnnotationNames.FILE -> type == ValueTypes.FileType.PATH
                    ? Optional.of(new Pick(ComponentKind.FILE, BuiltinValueType.FILE_PATH)) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
