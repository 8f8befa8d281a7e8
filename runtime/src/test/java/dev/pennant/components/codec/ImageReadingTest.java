package dev.pennant.components.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.components.InvalidInputException;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Image inputs are recognised by their bytes and refused when broken or too large, before decoding. */
class ImageReadingTest {
    private static final long LIMIT = 40_000_000;

    @Test
    void formatsAreSniffedFromTheBytesNotTheName() {
        assertEquals(ImageFormat.PNG, ImageFormat.sniff(TestImages.png(Color.RED)).orElseThrow());
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(TestImages.jpeg(Color.RED)).orElseThrow());
        assertEquals(ImageFormat.GIF, ImageFormat.sniff(TestImages.gif(Color.RED)).orElseThrow());
        assertEquals(ImageFormat.WEBP, ImageFormat.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)).orElseThrow());
        assertTrue(ImageFormat.sniff("<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(ImageFormat.sniff(new byte[0]).isEmpty());
    }

    @Test
    void aPngAndAJpegDecodeToTheirPixels() {
        BufferedImage png = ImageReading.decode("im", TestImages.png(Color.BLUE), LIMIT);
        assertEquals(8, png.getWidth());
        assertEquals(6, png.getHeight());
        assertEquals(Color.BLUE.getRGB(), png.getRGB(7, 5));
        BufferedImage jpeg = ImageReading.decode("im", TestImages.jpeg(Color.BLUE), LIMIT);
        assertEquals(8, jpeg.getWidth());
    }

    @Test
    void aPixelBombIsRefusedFromItsHeader() {
        byte[] bomb = TestImages.pngClaiming(100_000, 100_000);
        assertTrue(bomb.length < 200, "the bomb is a tiny file");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImageReading.decode("im", bomb, LIMIT));
        assertEquals("Invalid value for input \"im\": the image is 100000×100000 pixels, more than the limit of 40000000 pixels",
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> ImageReading.inspect("im", bomb, LIMIT));
    }

    @Test
    void theLimitIsCheckedAgainstWidthTimesHeight() {
        byte[] image = TestImages.png(Color.RED); // 8×6 = 48 pixels
        assertEquals(48, ImageReading.inspect("im", image, 48).pixels());
        assertThrows(InvalidInputException.class, () -> ImageReading.inspect("im", image, 47));
    }

    @Test
    void aTruncatedPngIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ImageReading.decode("im", TestImages.truncatedPng(), LIMIT));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void bytesThatAreNotAnImageAreRefusedWithTheAcceptedFormats() {
        byte[] text = "name,age\nbob,3\n".getBytes(StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImageReading.decode("im", text, LIMIT));
        assertEquals("Invalid value for input \"im\": the file is not a PNG, JPEG, GIF or BMP image", e.getMessage());
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(InvalidInputException.class, () -> ImageReading.decode("im", webp, LIMIT));
    }
}
