package dev.pennant;

/**
 * Thrown by an {@link Interface} method to show its message to the user, like Gradio's {@code gr.Error}.
 * The page shows the message next to the outputs and API clients receive it as the error text;
 * any other exception is reported as an internal error without its details.
 */
public class InterfaceError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InterfaceError(String message) {
        super(message);
    }

    public InterfaceError(String message, Throwable cause) {
        super(message, cause);
    }
}
