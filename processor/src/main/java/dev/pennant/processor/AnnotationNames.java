package dev.pennant.processor;

import java.util.List;

/**
 * Qualified names of the runtime annotations the processor reads. The processor never loads these
 * classes (the runtime is not on its classpath); it matches annotation mirrors by name.
 */
final class AnnotationNames {
    static final String INTERFACE = "dev.pennant.Interface";

    static final String TEXTBOX = "dev.pennant.components.Textbox";
    static final String NUMBER = "dev.pennant.components.Number";
    static final String CHECKBOX = "dev.pennant.components.Checkbox";
    static final String RADIO = "dev.pennant.components.Radio";
    static final String DROPDOWN = "dev.pennant.components.Dropdown";
    static final String SLIDER = "dev.pennant.components.Slider";
    static final String LABEL = "dev.pennant.components.Label";
    static final String IMAGE = "dev.pennant.components.Image";
    static final String FILE = "dev.pennant.components.File";
    static final String JSON = "dev.pennant.components.Json";

    /** Component annotations allowed on parameters. */
    static final List<String> INPUT_COMPONENTS = List.of(TEXTBOX, NUMBER, CHECKBOX, RADIO, DROPDOWN, SLIDER, IMAGE, FILE);

    /** Component annotations allowed on methods (they describe the single output). */
    static final List<String> OUTPUT_COMPONENTS = List.of(TEXTBOX, NUMBER, CHECKBOX, LABEL, IMAGE, FILE, JSON);

    static final String EXAMPLE = "dev.pennant.Example";
    /** The container javac puts repeated {@code @Example}s in. */
    static final String EXAMPLES = "dev.pennant.Examples";
    /** A parameter of this type receives progress updates; it is not a component. */
    static final String PROGRESS = "dev.pennant.Progress";

    static final String FLAGGING_CALLBACK = "dev.pennant.flagging.FlaggingCallback";

    private AnnotationNames() {
    }

    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }
}
