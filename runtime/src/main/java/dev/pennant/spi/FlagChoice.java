package dev.pennant.spi;

import java.util.Objects;

/**
 * One flagging option as the page and the CSV see it: the button text and the stored value.
 * Plain options {@code "Incorrect"} become {@code ("Flag as Incorrect", "Incorrect")}, as in Gradio.
 */
public record FlagChoice(String label, String value) {
    public FlagChoice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    /** A plain option: the button reads "Flag as {value}". */
    public static FlagChoice of(String value) {
        return new FlagChoice("Flag as " + value, value);
    }
}
