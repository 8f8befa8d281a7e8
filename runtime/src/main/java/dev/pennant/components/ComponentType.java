package dev.pennant.components;

/** The kinds of component Pennant renders, named as Gradio names them in {@code /config} and its API info document. */
public enum ComponentType {
    NUMBER("number", "Number"),
    TEXTBOX("textbox", "Textbox"),
    CHECKBOX("checkbox", "Checkbox"),
    RADIO("radio", "Radio"),
    DROPDOWN("dropdown", "Dropdown"),
    SLIDER("slider", "Slider"),
    LABEL("label", "Label"),
    IMAGE("image", "Image"),
    FILE("file", "File"),
    JSON("json", "JSON");

    private final String gradioType;
    private final String displayName;

    ComponentType(String gradioType, String displayName) {
        this.gradioType = gradioType;
        this.displayName = displayName;
    }

    /** The lowercase {@code type} of a component in Gradio's {@code /config}, e.g. {@code "number"}. */
    public String gradioType() {
        return gradioType;
    }

    /** The capitalised name in Gradio's API info document, e.g. {@code "Number"}. */
    public String displayName() {
        return displayName;
    }
}
