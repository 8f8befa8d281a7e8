package dev.pennant.sample;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures for the demos' tests, written as real PNG files the way a user has them on disk. */
final class DemoImages {
    /** Warm enough for the toy classifier to answer exactly the guide's {'cat': 0.7, 'dog': 0.3}. */
    static final Color WARM = new Color(204, 102, 102);
    static final Color COOL = new Color(60, 90, 200);

    private DemoImages() {}

    static BufferedImage picture(Color color, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Writes a PNG into the tests' working directory (target/e2e) and returns its absolute path. */
    static Path png(String name, Color color) {
        try {
            Path file = Path.of("test-images").toAbsolutePath().resolve(name);
            Files.createDirectories(file.getParent());
            ImageIO.write(picture(color, 40, 30), "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
