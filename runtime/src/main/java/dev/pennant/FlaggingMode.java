package dev.pennant;

/** When flagged data is saved, as in the guide's {@code flagging_mode}. */
public enum FlaggingMode {
    /** Users see a Flag button and click it to flag a result. */
    MANUAL,
    /** Every successful submission is flagged with its output; no button is shown. */
    AUTO,
    /** Flagging is completely disabled. */
    NEVER
}
