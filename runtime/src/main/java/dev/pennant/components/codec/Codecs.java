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
        for (ComponentType type : ComponentType.values()) {
            if (!BY_TYPE.containsKey(type)) {
                throw new ExceptionInInitializerError("no codec for " + type);
            }
        }
    }

    private Codecs() {}

    public static ComponentCodec of(ComponentType type) {
        return BY_TYPE.get(type);
    }

    public static ComponentCodec of(Component component) {
        return BY_TYPE.get(component.type());
    }
}
