package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sample app's postcard: every input declares a {@code defaultValue} ({@code "postcard"}), and the
 * same inputs without one ({@code "blank_postcard"}), as the processor would generate them.
 */
public class Postcard {
    public static String postcard(String to, String opening, String place, int days, int sunshine, boolean love) {
        return opening + ", " + to + "! " + days + " days in the " + place + ", sunshine " + sunshine + "/10."
                + (love ? " With love." : "");
    }

    private static Map<String, Object> props(Object... pairs) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            props.put((String) pairs[i], pairs[i + 1]);
        }
        return props;
    }

    private abstract static class Base implements GeneratedInterface {
        @Override
        public FlaggingCallback newFlaggingCallback() {
            throw new AssertionError("never mode must not create a flagging callback");
        }

        @Override
        public List<Object> call(Object target, List<Object> arguments) {
            return Collections.singletonList(postcard((String) arguments.get(0), (String) arguments.get(1),
                    (String) arguments.get(2), (int) arguments.get(3), (int) arguments.get(4), (boolean) arguments.get(5)));
        }
    }

    public static final class WithDefaults extends Base {
        @Override
        public InterfaceSpec spec() {
            return InterfaceSpec.builder(Postcard.class, "postcard").apiName("postcard").title("Postcard")
                    .flaggingMode(FlaggingMode.NEVER, true)
                    .input(Component.of(ComponentType.TEXTBOX, "To", ValueType.of(String.class), props("value", "Grandma")))
                    .input(Component.of(ComponentType.RADIO, "Opening", ValueType.of(String.class),
                            props("choices", List.of("Greetings", "Wish you were here", "Ahoy"), "value", "Ahoy")))
                    .input(Component.of(ComponentType.DROPDOWN, "Place", ValueType.of(String.class),
                            props("choices", List.of("beach", "mountains", "city"), "value", "mountains")))
                    .input(Component.of(ComponentType.NUMBER, "Days away", ValueType.of(int.class), props("value", 12.0)))
                    .input(Component.of(ComponentType.SLIDER, "Sunshine", ValueType.of(int.class),
                            props("minimum", 0.0, "maximum", 10.0, "step", 1.0, "value", 7.0)))
                    .input(Component.of(ComponentType.CHECKBOX, "Send love", ValueType.of(boolean.class), props("value", true)))
                    .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)))
                    .build();
        }
    }

    public static final class WithoutDefaults extends Base {
        @Override
        public InterfaceSpec spec() {
            return InterfaceSpec.builder(Postcard.class, "postcard").apiName("blank_postcard").title("Blank postcard")
                    .flaggingMode(FlaggingMode.NEVER, true)
                    .input(Component.of(ComponentType.TEXTBOX, "To", ValueType.of(String.class)))
                    .input(Component.of(ComponentType.RADIO, "Opening", ValueType.of(String.class),
                            props("choices", List.of("Greetings", "Wish you were here", "Ahoy"))))
                    .input(Component.of(ComponentType.DROPDOWN, "Place", ValueType.of(String.class),
                            props("choices", List.of("beach", "mountains", "city"))))
                    .input(Component.of(ComponentType.NUMBER, "Days away", ValueType.of(int.class)))
                    .input(Component.of(ComponentType.SLIDER, "Sunshine", ValueType.of(int.class),
                            props("minimum", 2.0, "maximum", 10.0, "step", 1.0)))
                    .input(Component.of(ComponentType.CHECKBOX, "Send love", ValueType.of(boolean.class)))
                    .output(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)))
                    .build();
        }
    }
}
