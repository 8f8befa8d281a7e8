package dev.pennant.benchmarks.apps;

import dev.pennant.Interface;
import java.awt.image.BufferedImage;

/** The guide's sepia filter; the in-process baseline calls {@link #filter} on the same decoded image. */
public final class Sepia {

    private Sepia() {}

    @Interface(title = "Sepia")
    public static BufferedImage sepia(BufferedImage image) {
        return filter(image);
    }

    /** The usual sepia matrix on 8-bit RGB, clamped. */
    public static BufferedImage filter(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            int p = pixels[i];
            int r = (p >> 16) & 0xff;
            int g = (p >> 8) & 0xff;
            int b = p & 0xff;
            int tr = Math.min(255, (int) (0.393 * r + 0.769 * g + 0.189 * b));
            int tg = Math.min(255, (int) (0.349 * r + 0.686 * g + 0.168 * b));
            int tb = Math.min(255, (int) (0.272 * r + 0.534 * g + 0.131 * b));
            pixels[i] = (tr << 16) | (tg << 8) | tb;
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, width, height, pixels, 0, width);
        return out;
    }
}
