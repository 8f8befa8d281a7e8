package dev.pennant.processor.model.props;

import java.util.List;

/**
 * A Gallery's props.
 *
 * @param columns Gradio's {@code columns}: images per row of the grid, at least 1 (2 when not written)
 */
public record GalleryProps(int columns) implements Props {

    @Override
    public List<Prop> gradioProps() {
        return columns == 2 ? List.of() : List.of(new Prop("columns", new PropValue.Whole(columns)));
    }
}
