package dev.pennant.components.codec;

import static dev.pennant.components.codec.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A slider is a number whose bounds hold: the method may rely on them. */
class SliderCodecTest {
    private static final ComponentCodec SLIDER = Codecs.of(ComponentType.SLIDER);

    private static Component slider(Class<?> type, Double defaultValue) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("minimum", 0.0);
        props.put("maximum", 10.0);
        props.put("step", 0.5);
        if (defaultValue != null) {
            props.put("value", defaultValue);
        }
        return Component.of(ComponentType.SLIDER, "n", ValueType.of(type), props);
    }

    @Test
    void valuesWithinTheBoundsPassAndOthersAreRefused() {
        assertEquals(2.5, SLIDER.decode(slider(double.class, null), json("2.5"), CodecContext.NONE));
        assertEquals(10, SLIDER.decode(slider(int.class, null), json("10"), CodecContext.NONE));
        NumberCodecTest.assertMessage(() -> SLIDER.decode(slider(double.class, null), json("10.5"), CodecContext.NONE),
                "10.5 is outside the slider's range (0 to 10)");
        NumberCodecTest.assertMessage(() -> SLIDER.decode(slider(int.class, null), json("-1"), CodecContext.NONE),
                "-1 is outside the slider's range (0 to 10)");
        NumberCodecTest.assertMessage(() -> SLIDER.readFlag(slider(double.class, null), "11", CodecContext.NONE),
                "outside the slider's range");
    }

    @Test
    void itOpensAtItsDefaultElseAtItsMinimum() {
        assertEquals("{\"minimum\":0.0,\"maximum\":10.0,\"step\":0.5,\"value\":7.0}",
                NumberCodecTest.config(slider(double.class, 7.0)).toString());
        assertEquals("{\"minimum\":0.0,\"maximum\":10.0,\"step\":0.5,\"value\":0.0}",
                NumberCodecTest.config(slider(double.class, null)).toString());
        assertEquals(0.0, NumberCodecTest.config(slider(int.class, null)).get("value").doubleValue());
        assertEquals(0, NumberCodecTest.config(slider(int.class, null)).get("precision").intValue());
    }

    @Test
    void theApiExampleIsTheMinimum() {
        assertEquals("0.0", SLIDER.exampleInput(slider(double.class, null), null).toString());
        assertEquals("0", SLIDER.exampleInput(slider(int.class, null), null).toString());
        assertEquals("4", SLIDER.exampleInput(slider(int.class, null), "4").toString());
    }
}
