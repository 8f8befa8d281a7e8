package dev.pennant.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Image files for tests: real ones, and the broken or hostile ones a server must refuse. */
public final class TestImages {
    private TestImages() {}

    /** A small picture in one colour, e.g. warm orange (a "cat") or cool blue (a "dog"). */
    public static BufferedImage picture(Color color, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    public static byte[] png(Color color) {
        return encode(picture(color, 8, 6), "png");
    }

    public static byte[] jpeg(Color color) {
        return encode(picture(color, 8, 6), "jpeg");
    }

    public static byte[] gif(Color color) {
        return encode(picture(color, 8, 6), "gif");
    }

    /**
     * A valid 1×1 PNG whose header claims {@code width}×{@code height}: the IHDR chunk is patched and its
     * CRC recomputed, so only a decoder that trusts the header would try to allocate the pixels.
     */
    public static byte[] pngClaiming(int width, int height) {
        byte[] bytes = encode(picture(Color.RED, 1, 1), "png");
        // signature (8) | length (4) | "IHDR" (4) | width (4) | height (4) | 5 more bytes | CRC (4)
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.putInt(16, width);
        buffer.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(bytes, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return bytes;
    }

    /** The first half of a PNG: a valid header, then the data stops. */
    public static byte[] truncatedPng() {
        byte[] whole = encode(picture(Color.ORANGE, 64, 64), "png");
        return Arrays.copyOf(whole, whole.length / 2);
    }

    public static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
