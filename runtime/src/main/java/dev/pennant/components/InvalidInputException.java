package dev.pennant.components;

/**
 * A value sent for an input cannot become the Java value the method takes. The message names the
 * input's label, because it is shown to the user (page error box, 400 response) as is.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String label;

    public InvalidInputException(String label, String problem) {
        super("Invalid value for input \"" + label + "\": " + problem);
        this.label = label;
    }

    /** The label of the input whose value was rejected. */
    public String label() {
        return label;
    }
}
