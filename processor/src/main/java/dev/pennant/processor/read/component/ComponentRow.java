package dev.pennant.processor.read.component;

import dev.pennant.processor.model.BuiltinValueType;
import dev.pennant.processor.model.ComponentKind;
import dev.pennant.processor.read.mirror.AnnotationNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One component annotation in {@link ComponentTable}: the kind it asks for, the types it takes, and
 * how its members become props.
 *
 * @param kind the kind; its annotation is {@link AnnotationNames#component}
 * @param props reads the annotation's members
 * @param strict whether any type that does not fit is this annotation's mismatch (PENNANT-008), even
 *               one Pennant does not know; otherwise an unknown type is reported as unsupported
 * @param fits the types it takes, in the order messages list them
 */
public record ComponentRow(ComponentKind kind, PropsReader props, boolean strict, List<Fit> fits) {

    public ComponentRow {
        fits = List.copyOf(fits);
    }

    public String annotationName() {
        return AnnotationNames.component(kind);
    }

    /** The first fit for a type of the given families. */
    Optional<Fit> fitFor(List<TypeFamily> families) {
        return fits.stream().filter(fit -> families.contains(fit.family())).findFirst();
    }

    /** This row also taking {@code family}, with the type's own value type. */
    ComponentRow takes(TypeFamily family) {
        return with(new Fit(family, kind, Optional.empty(), false));
    }

    /** This row also taking {@code family}, with values of {@code valueType}. */
    ComponentRow takes(TypeFamily family, BuiltinValueType valueType) {
        return with(new Fit(family, kind, Optional.of(valueType), false));
    }

    ComponentRow strictly() {
        return new ComponentRow(kind, props, true, fits);
    }

    private ComponentRow with(Fit fit) {
        List<Fit> more = new ArrayList<>(fits);
        more.add(fit);
        return new ComponentRow(kind, props, strict, more);
    }
}
