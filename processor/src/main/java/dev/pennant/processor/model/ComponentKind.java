package dev.pennant.processor.model;

/**
 * The component kinds. Constant names match {@code dev.pennant.components.ComponentType}; each kind's
 * annotation is {@code dev.pennant.components.<annotationName>}.
 */
public enum ComponentKind {
    NUMBER("Number"), TEXTBOX("Textbox"), CHECKBOX("Checkbox"), RADIO("Radio"), DROPDOWN("Dropdown"),
    SLIDER("Slider"), LABEL("Label"), IMAGE("Image", true), FILE("File", true), JSON("Json");

    private final String annotationName;
    private final boolean holdsFiles;

    ComponentKind(String annotationName) {
        this(annotationName, false);
    }

    ComponentKind(String annotationName, boolean holdsFiles) {
        this.annotationName = annotationName;
        this.holdsFiles = holdsFiles;
    }

    /** The simple name of the kind's annotation, which messages also use to name the kind. */
    public String annotationName() {
        return annotationName;
    }

    /** Whether the runtime stores this component's values as files in a folder named after its label. */
    public boolean holdsFiles() {
        return holdsFiles;
    }
}
