package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import java.awt.image.BufferedImage;

/**
 * The flagging guide's sepia filter: an image in, an image out. Flagged images land in
 * {@code flagged-sepia/im/0.png} and {@code flagged-sepia/Output/0.png}, listed in
 * {@code flagged-sepia/logs.csv} as {@code im/0.png,Output/0.png}.
 *
 * <p>Its examples come from a flagged directory in that same layout, committed with the sample app
 * ({@code sample-app/examples/sepia}, resolved against the working directory: the repository root,
 * where the quickstart's command runs). Pointing {@code examples} at {@code ./flagged-sepia} instead
 * offers everything flagged so far, as in the guide.
 */
public final class SepiaFilter {

    private SepiaFilter() {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            flaggingDir = "flagged-sepia",
            apiName = "sepia",
            examples = "sample-app/examples/sepia",
            title = "Sepia filter",
            description = "Upload a photo to give it an old-fashioned sepia tone. Flag a result that looks wrong.")
    public static BufferedImage sepia(BufferedImage im) {
        if (im == null) {
            throw new InterfaceError("Upload an image first");
        }
        BufferedImage out = new BufferedImage(im.getWidth(), im.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < im.getHeight(); y++) {
            for (int x = 0; x < im.getWidth(); x++) {
                int rgb = im.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                // The classic sepia matrix (the one the guide's numpy demo uses).
                int sr = clamp(0.393 * r + 0.769 * g + 0.189 * b);
                int sg = clamp(0.349 * r + 0.686 * g + 0.168 * b);
                int sb = clamp(0.272 * r + 0.534 * g + 0.131 * b);
                out.setRGB(x, y, (sr << 16) | (sg << 8) | sb);
            }
        }
        return out;
    }

    private static int clamp(double channel) {
        return (int) Math.min(255, Math.round(channel));
    }
}
