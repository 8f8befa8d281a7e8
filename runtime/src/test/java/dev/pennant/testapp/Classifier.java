package dev.pennant.testapp;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance method with a Label output and flagging options, like the guide's image classifier. */
public class Classifier {
    private final double catBias;

    public Classifier(double catBias) {
        this.catBias = catBias;
    }

    public Map<String, Double> classify(String text) {
        Map<String, Double> result = new LinkedHashMap<>();
        double cat = text.contains("meow") ? catBias : 1 - catBias;
        result.put("cat", cat);
        result.put("dog", Math.round((1 - cat) * 10) / 10.0);
        return result;
    }
}
