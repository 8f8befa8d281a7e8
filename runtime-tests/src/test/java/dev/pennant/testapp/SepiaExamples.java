package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import java.awt.image.BufferedImage;

/** The sepia filter with {@code examples = "flagged/examples"}, the guide's {@code "./flagged"}: a flagged directory with images. */
public class SepiaExamples {
    @Interface(apiName = "sepia", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/flagged",
            examples = "flagged/examples")
    public static BufferedImage sepia(BufferedImage im) {
        return Sepia.sepia(im);
    }
}
