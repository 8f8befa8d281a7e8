package dev.pennant.processor.model;

/** When inputs and outputs are flagged; constant names match {@code dev.pennant.FlaggingMode}. */
public enum FlaggingMode {
    MANUAL, AUTO, NEVER
}
