package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Textbox;
import java.util.LinkedHashMap;
import java.util.Map;

/** An instance method with a Label output and flagging options, like the guide's image classifier. */
public class Classifier {
    private final double catBias;

    public Classifier(double catBias) {
        this.catBias = catBias;
    }

    @Interface(title = "Classifier", description = "Says cat or dog.", article = "Made for tests.",
            flaggingMode = FlaggingMode.MANUAL, flaggingOptions = {"Incorrect", "Offensive", "Other"},
            flaggingDir = "flagged/classifier")
    public Map<String, Double> classify(@Textbox(lines = 3, placeholder = "Say something") String text) {
        Map<String, Double> result = new LinkedHashMap<>();
        double cat = text.contains("meow") ? catBias : 1 - catBias;
        result.put("cat", cat);
        result.put("dog", Math.round((1 - cat) * 10) / 10.0);
        return result;
    }
}
