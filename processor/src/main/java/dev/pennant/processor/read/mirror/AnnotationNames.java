package dev.pennant.processor.read.mirror;

import dev.pennant.processor.model.ComponentKind;

/**
 * Qualified names of the runtime annotations and types the processor reads. The processor never
 * loads these classes (the runtime is not on its classpath); it matches mirrors by name.
 */
public final class AnnotationNames {
    public static final String INTERFACE = "dev.pennant.Interface";
    public static final String EXAMPLE = "dev.pennant.Example";
    /** The container javac puts repeated {@code @Example}s in. */
    public static final String EXAMPLES = "dev.pennant.Examples";
    /** A parameter of this type receives progress updates; it is not a component. */
    public static final String PROGRESS = "dev.pennant.Progress";

    private static final String COMPONENTS_PACKAGE = "dev.pennant.components";

    private AnnotationNames() {
    }

    /** The annotation that asks for a component of {@code kind}, such as {@code dev.pennant.components.Slider}. */
    public static String component(ComponentKind kind) {
        return COMPONENTS_PACKAGE + "." + kind.annotationName();
    }
}
