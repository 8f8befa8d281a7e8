package dev.pennant.processor.model.props;

import java.util.ArrayList;
import java.util.List;

/**
 * The props of a player, Audio or Video, when the annotation sets them.
 *
 * @param autoplay Gradio's {@code autoplay}: an output starts playing when it arrives
 * @param loop Gradio's {@code loop}: the player starts again at the end
 */
public record MediaProps(boolean autoplay, boolean loop) implements Props {

    @Override
    public List<Prop> gradioProps() {
        List<Prop> props = new ArrayList<>();
        if (autoplay) {
            props.add(new Prop("autoplay", new PropValue.Flag(true)));
        }
        if (loop) {
            props.add(new Prop("loop", new PropValue.Flag(true)));
        }
        return props;
    }
}
