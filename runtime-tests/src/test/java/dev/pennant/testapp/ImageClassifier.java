package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/** The guide's image classifier, made deterministic: warm pictures are cats, cool ones dogs. */
public class ImageClassifier {
    @Interface(apiName = "classify", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/classifier",
            flaggingOptions = {"Incorrect", "Offensive", "Other"})
    public static Map<String, Double> classify(BufferedImage im) {
        long red = 0;
        long blue = 0;
        for (int y = 0; y < im.getHeight(); y++) {
            for (int x = 0; x < im.getWidth(); x++) {
                int rgb = im.getRGB(x, y);
                red += (rgb >> 16) & 0xff;
                blue += rgb & 0xff;
            }
        }
        Map<String, Double> result = new LinkedHashMap<>();
        result.put("cat", red >= blue ? 0.7 : 0.2);
        result.put("dog", red >= blue ? 0.3 : 0.8);
        return result;
    }
}
