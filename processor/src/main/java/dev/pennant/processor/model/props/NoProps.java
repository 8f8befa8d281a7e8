package dev.pennant.processor.model.props;

import java.util.List;

/** For kinds without props (Label, Image, File, JSON), and components whose props are all at their defaults. */
public record NoProps() implements Props {

    @Override
    public List<Prop> gradioProps() {
        return List.of();
    }
}
