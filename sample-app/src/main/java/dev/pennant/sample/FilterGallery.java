package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import dev.pennant.components.Gallery;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One photo, four filters, shown as a gallery: grey, sepia, negative and mirrored. Flagging writes the
 * photo to {@code flagged-filters/photo/0.png} and the four results to {@code flagged-filters/Output/0.png}
 * to {@code 3.png}, their cell listing them as Gradio's CSVLogger does.
 */
public final class FilterGallery {

    private FilterGallery() {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            flaggingDir = "flagged-filters",
            apiName = "filters",
            title = "Filter gallery",
            description = "Upload a photo to see it grey, in sepia, as a negative and mirrored.")
    @Gallery(columns = 4)
    public static List<BufferedImage> filters(BufferedImage photo) {
        if (photo == null) {
            throw new InterfaceError("Upload a photo first.");
        }
        return List.of(pixels(photo, (x, y) -> grey(photo.getRGB(x, y))), SepiaFilter.sepia(photo),
                pixels(photo, (x, y) -> ~photo.getRGB(x, y) & 0xffffff),
                pixels(photo, (x, y) -> photo.getRGB(photo.getWidth() - 1 - x, y)));
    }

    private static int grey(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int y = (int) Math.round(0.299 * r + 0.587 * g + 0.114 * b);
        return (y << 16) | (y << 8) | y;
    }

    /** A new picture of the photo's size whose pixel at (x, y) is {@code pixel.at(x, y)}. */
    private static BufferedImage pixels(BufferedImage photo, Pixel pixel) {
        BufferedImage out = new BufferedImage(photo.getWidth(), photo.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < photo.getHeight(); y++) {
            for (int x = 0; x < photo.getWidth(); x++) {
                out.setRGB(x, y, pixel.at(x, y));
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Pixel {
        int at(int x, int y);
    }
}
