package dev.pennant.components.codec;

import dev.pennant.components.Component;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Image: a {@code BufferedImage} (decoded), {@code byte[]} (the file's original bytes) or
 * {@code java.nio.file.Path} (the file). Every image input is checked from its bytes: a PNG, JPEG, GIF
 * or BMP within the pixel limit, read from the header before any pixel is decoded ({@link ImageReading}).
 */
final class ImageCodec extends FileDataCodec {

    @Override
    Object fromFile(Component component, StoredFile file, CodecContext context) {
        String label = component.label();
        byte[] bytes = read(label, file, context);
        if (component.valueType().is(BufferedImage.class)) {
            return ImageReading.decode(label, bytes, context.maxImagePixels());
        }
        ImageReading.inspect(label, bytes, context.maxImagePixels());
        return component.valueType().is(byte[].class) ? bytes : file.path();
    }

    /** A BufferedImage is stored as PNG; bytes and files must be an image. */
    @Override
    StoredFile store(Component component, Object value, FileStorage storage) throws IOException {
        if (value instanceof BufferedImage image) {
            return storage.save(ImageWriting.png(image), "image.png");
        }
        return storeChecked(component, value, storage, "image",
                bytes -> ImageFormat.sniff(bytes).map(ImageFormat::extension), "an image");
    }

    /** An image example must be an image the input accepts, so a click never ends in an error. */
    @Override
    void checkExample(Component component, String cell, Path file, CodecContext context) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ExampleFile.refused(component, cell, "cannot be read: " + e.getMessage());
        }
        if (component.valueType().is(BufferedImage.class)) {
            ImageReading.decode(component.label(), bytes, context.maxImagePixels());
        } else {
            ImageReading.inspect(component.label(), bytes, context.maxImagePixels());
        }
    }
}
