package dev.pennant;

/**
 * Lets a long-running {@link Interface} method report progress, like Gradio's {@code gr.Progress}:
 * declare a parameter of this type and Pennant passes one in (it is not an input component). Updates
 * show as a progress bar on the page and reach API clients as {@code progress} messages.
 */
@FunctionalInterface
public interface Progress {

    /** A progress that goes nowhere, for calls made outside a server. */
    Progress NONE = (fraction, description) -> { };

    /**
     * @param fraction how much is done, from 0 to 1
     * @param description what is happening, or {@code null}
     */
    void update(double fraction, String description);

    default void update(double fraction) {
        update(fraction, null);
    }
}
