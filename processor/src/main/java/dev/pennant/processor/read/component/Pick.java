package dev.pennant.processor.read.component;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ComponentTable} says about one type under one annotation (or none).
 *
 * @param row the annotation's row, empty when the value has no component annotation
 * @param families the table's families the type belongs to
 * @param fit the component that shows it; empty when none does
 */
public record Pick(Optional<ComponentRow> row, List<TypeFamily> families, Optional<Fit> fit) {

    public Pick {
        families = List.copyOf(families);
    }

    public boolean is(TypeFamily family) {
        return families.contains(family);
    }

    /** The annotation does not fit, and it is strict: reported before anything else about the type. */
    public boolean isStrictMismatch() {
        return fit.isEmpty() && row.isPresent() && row.get().strict();
    }

    /**
     * The annotation does not fit a type Pennant knows (or it is strict): PENNANT-008, which names the
     * types the annotation takes.
     */
    public boolean isMismatch() {
        return fit.isEmpty() && row.isPresent()
                && (row.get().strict() || families.stream().anyMatch(TypeFamily::isSpecific));
    }

    /** No component shows the type: PENNANT-001 or -002, which name every type Pennant shows. */
    public boolean isUnsupported() {
        return fit.isEmpty() && !isMismatch();
    }
}
