package dev.pennant.components.codec;

import dev.pennant.components.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads image inputs defensively. The format comes from the bytes ({@link ImageFormat#sniff}); the
 * width and height are read from the header and checked against a pixel limit <em>before</em> any
 * pixel is decoded, so a small file that claims to be 100000×100000 (a decompression bomb) costs
 * nothing; a decoder warning (truncated or damaged data) is an error rather than a half-grey image.
 * Streams are cached in memory, never in ImageIO's temporary files.
 */
final class ImageReading {

    /** An image's dimensions as its header states them. */
    public record Size(int width, int height) {
        public long pixels() {
            return (long) width * height;
        }
    }

    private ImageReading() {}

    /**
     * Checks that {@code bytes} are an image in a format Pennant decodes, within {@code maxPixels},
     * reading only the header.
     *
     * @throws InvalidInputException naming {@code label} otherwise
     */
    static Size inspect(String label, byte[] bytes, long maxPixels) {
        return read(label, bytes, maxPixels, false).size;
    }

    /**
     * Decodes {@code bytes} after the checks of {@link #inspect}.
     *
     * @throws InvalidInputException naming {@code label} when the bytes are not a whole image of an accepted format and size
     */
    static BufferedImage decode(String label, byte[] bytes, long maxPixels) {
        return read(label, bytes, maxPixels, true).image;
    }

    private record Result(Size size, BufferedImage image) {}

    private static Result read(String label, byte[] bytes, long maxPixels, boolean decode) {
        ImageFormat format = ImageFormat.sniff(bytes).filter(ImageFormat::decodable)
                .orElseThrow(() -> notAnImage(label));
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw notAnImage(label);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            Size size = new Size(reader.getWidth(0), reader.getHeight(0));
            if (size.width() <= 0 || size.height() <= 0) {
                throw notAnImage(label);
            }
            if (size.pixels() > maxPixels) {
                throw new InvalidInputException(label, "the image is " + size.width() + "×" + size.height()
                        + " pixels, more than the limit of " + maxPixels + " pixels");
            }
            if (!decode) {
                return new Result(size, null);
            }
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            BufferedImage image = reader.read(0);
            if (!warnings.isEmpty()) {
                throw new InvalidInputException(label, "the " + format + " image is damaged or truncated");
            }
            return new Result(size, image);
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Truncated headers, corrupt chunks, unsupported variants (e.g. CMYK JPEG): all bad input.
            throw new InvalidInputException(label, "the " + format + " image is damaged, truncated or of an unsupported kind");
        } finally {
            reader.dispose();
        }
    }

    static InvalidInputException notAnImage(String label) {
        return new InvalidInputException(label, "the file is not a " + ImageFormat.decodableNames() + " image");
    }
}
