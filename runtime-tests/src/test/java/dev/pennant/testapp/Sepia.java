package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import java.awt.image.BufferedImage;

/** The guide's sepia filter: an image in, an image out. */
public class Sepia {
    @Interface(apiName = "sepia", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/sepia")
    public static BufferedImage sepia(BufferedImage im) {
        BufferedImage out = new BufferedImage(im.getWidth(), im.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < im.getHeight(); y++) {
            for (int x = 0; x < im.getWidth(); x++) {
                int rgb = im.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                int sr = Math.min(255, (int) (0.393 * r + 0.769 * g + 0.189 * b));
                int sg = Math.min(255, (int) (0.349 * r + 0.686 * g + 0.168 * b));
                int sb = Math.min(255, (int) (0.272 * r + 0.534 * g + 0.131 * b));
                out.setRGB(x, y, (sr << 16) | (sg << 8) | sb);
            }
        }
        return out;
    }
}
