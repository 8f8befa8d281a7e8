package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The flagging guide's image classifier with its three flagging options. The "model" is a toy that
 * anyone can predict: warm pictures (more red than blue) lean "cat", cool ones "dog". Flags land in
 * {@code flagged-classifier/logs.csv} as {@code im/0.png,"{'cat': 0.7, 'dog': 0.3}",Incorrect}.
 */
public final class ImageClassifier {

    private ImageClassifier() {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            flaggingOptions = {"Incorrect", "Offensive", "Other"},
            flaggingDir = "flagged-classifier",
            apiName = "classify",
            title = "Image classifier",
            description = "Cat or dog? Warm colours say cat, cool colours say dog. Flag a wrong answer with a reason.")
    public static Map<String, Double> imageClassifier(BufferedImage im) {
        if (im == null) {
            throw new InterfaceError("Upload an image first");
        }
        long red = 0;
        long blue = 0;
        for (int y = 0; y < im.getHeight(); y++) {
            for (int x = 0; x < im.getWidth(); x++) {
                int rgb = im.getRGB(x, y);
                red += (rgb >> 16) & 0xff;
                blue += rgb & 0xff;
            }
        }
        double pixels = (double) im.getWidth() * im.getHeight();
        double warmth = (red - blue) / pixels / 255;          // from -1 (all blue) to 1 (all red)
        double cat = Math.round((0.5 + warmth / 2) * 100) / 100.0;
        Map<String, Double> confidences = new LinkedHashMap<>();
        confidences.put("cat", cat);
        confidences.put("dog", Math.round((1 - cat) * 100) / 100.0);
        return confidences;
    }
}
