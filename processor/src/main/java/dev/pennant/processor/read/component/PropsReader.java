package dev.pennant.processor.read.component;

import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;

/** Reads a component annotation's members into the kind's props, reporting values that cannot work. */
@FunctionalInterface
public interface PropsReader {

    /** For annotations whose members (a label at most) are not props. */
    PropsReader NONE = (annotation, valueType) -> Optional.of(Props.NONE);

    /** The props, or empty after reporting why they cannot be used. */
    Optional<Props> read(AnnotationValues annotation, ValueType valueType);
}
