package dev.pennant.processor.read.component;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.ValueType;
import dev.pennant.processor.model.props.GalleryProps;
import dev.pennant.processor.model.props.Props;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.Optional;

/** Reads {@code @Gallery}: how many images a row shows, at least one. */
final class GalleryReader {
    private GalleryReader() {
    }

    static Optional<Props> read(AnnotationValues gallery, ValueType valueType) {
        int columns = gallery.intValue("columns");
        if (columns < 1) {
            gallery.error("columns", Diagnostic.GALLERY_COLUMNS, columns);
            return Optional.empty();
        }
        return Optional.of(new GalleryProps(columns));
    }
}
