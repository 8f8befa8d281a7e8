package dev.pennant.components.codec;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import java.util.EnumMap;
import java.util.Map;

/** The codec of each kind of component: one line per kind. */
public final class Codecs {
    private static final Map<ComponentType, ComponentCodec> BY_TYPE = new EnumMap<>(ComponentType.class);

    static {
        BY_TYPE.put(ComponentType.NUMBER, new NumberCodec());
        BY_TYPE.put(ComponentType.SLIDER, new SliderCodec());
        BY_TYPE.put(ComponentType.TEXTBOX, new TextboxCodec());
        BY_TYPE.put(ComponentType.CHECKBOX, new CheckboxCodec());
        BY_TYPE.put(ComponentType.RADIO, new ChoiceCodec());
        BY_TYPE.put(ComponentType.DROPDOWN, new ChoiceCodec());
        BY_TYPE.put(ComponentType.LABEL, new LabelCodec());
        BY_TYPE.put(ComponentType.IMAGE, new ImageCodec());
        BY_TYPE.put(ComponentType.FILE, new FileCodec());
        BY_TYPE.put(ComponentType.JSON, new JsonCodec());
        BY_TYPE.put(ComponentType.AUDIO, new AudioCodec());
        BY_TYPE.put(ComponentType.VIDEO, new VideoCodec());
        BY_TYPE.put(ComponentType.GALLERY, new GalleryCodec());
        for (ComponentType type : ComponentType.values()) {
            if (!BY_TYPE.containsKey(type)) {
                throw new ExceptionInInitializerError("no codec for " + type);
            }
        }
    }

    /** A File of a {@code List<Path>} holds several files (Gradio's {@code file_count="multiple"}). */
    private static final ComponentCodec SEVERAL_FILES = new FilesCodec();

    private Codecs() {}

    public static ComponentCodec of(ComponentType type) {
        return BY_TYPE.get(type);
    }

    /** The codec of a component: its kind's, or for a File of a {@code List<Path>} the one for several files. */
    public static ComponentCodec of(Component component) {
        if (component.type() == ComponentType.FILE && component.valueType().isCollection()) {
            return SEVERAL_FILES;
        }
        return BY_TYPE.get(component.type());
    }
}
