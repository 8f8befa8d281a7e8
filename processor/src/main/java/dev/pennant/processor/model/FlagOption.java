package dev.pennant.processor.model;

/** A {@code @FlagOption}: the button text and the stored value. */
public record FlagOption(String label, String value) {
}
