package dev.pennant.processor;

/** The component kinds; constant names match {@code dev.pennant.components.ComponentType}. */
enum ComponentKind {
    NUMBER, TEXTBOX, CHECKBOX, RADIO, DROPDOWN, SLIDER, LABEL
}
