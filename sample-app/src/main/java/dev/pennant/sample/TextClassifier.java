package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The guide's classifier with {@code flagging_options=["Incorrect", "Offensive", "Other"]}, on text. */
public final class TextClassifier {

    private TextClassifier() {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            flaggingOptions = {"Incorrect", "Offensive", "Other"},
            flaggingDir = "flagged_classifier",
            apiName = "classify_text",
            title = "Cat or dog",
            description = "Describe an animal; flag a wrong guess with a reason.")
    public static Map<String, Double> classify(String description) {
        String text = description.toLowerCase(Locale.ROOT);
        double cat = text.contains("meow") || text.contains("purr") ? 0.7 : 0.3;
        Map<String, Double> confidences = new LinkedHashMap<>();
        confidences.put("cat", cat);
        confidences.put("dog", Math.round((1 - cat) * 10) / 10.0);
        return confidences;
    }
}
