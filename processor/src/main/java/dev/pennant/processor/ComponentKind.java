package dev.pennant.processor;

/** The component kinds; constant names match {@code dev.pennant.components.ComponentType}. */
enum ComponentKind {
    NUMBER, TEXTBOX, CHECKBOX, RADIO, DROPDOWN, SLIDER, LABEL, IMAGE, FILE, JSON;

    /** Whether the runtime stores this component's values as files in a folder named after its label. */
    boolean holdsFiles() {
        return this == IMAGE || this == FILE;
    }
}
