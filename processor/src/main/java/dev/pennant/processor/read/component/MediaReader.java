package dev.pennant.processor.read.component;

import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.MediaProps;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;

/** Reads {@code @Audio} and {@code @Video}: whether the player starts by itself and loops. */
final class MediaReader {
    private MediaReader() {
    }

    static Optional<Props> read(AnnotationValues media, ValueType valueType) {
        boolean autoplay = media.explicit("autoplay").map(value -> (Boolean) value.getValue()).orElse(false);
        boolean loop = media.explicit("loop").map(value -> (Boolean) value.getValue()).orElse(false);
        return Optional.of(autoplay || loop ? new MediaProps(autoplay, loop) : Props.NONE);
    }
}
