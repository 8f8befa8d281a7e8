package dev.pennant.components.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats Pennant recognises, told apart by the first bytes of a file (its magic number),
 * never by a file name or a client's content type: Gradio's JavaScript client uploads every file as
 * {@code blob} with type {@code application/octet-stream}, and a name says nothing about the bytes.
 */
public enum ImageFormat {
    PNG("png", "png", "image/png"),
    JPEG("jpeg", "jpg", "image/jpeg"),
    GIF("gif", "gif", "image/gif"),
    BMP("bmp", "bmp", "image/bmp"),
    /** Recognised so a WebP file gets the right type when served; the JDK cannot decode it. */
    WEBP(null, "webp", "image/webp");

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String imageIoName;
    private final String extension;
    private final String mimeType;

    ImageFormat(String imageIoName, String extension, String mimeType) {
        this.imageIoName = imageIoName;
        this.extension = extension;
        this.mimeType = mimeType;
    }

    /** The format whose magic number starts {@code head}, if any. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, ascii("GIF87a")) || startsWith(head, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(head, ascii("BM")) && head.length >= 26) {
            return Optional.of(BMP);
        }
        if (startsWith(head, ascii("RIFF")) && head.length >= 12
                && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The formats an image input accepts, for messages: "PNG, JPEG, GIF or BMP". */
    public static String decodableNames() {
        return "PNG, JPEG, GIF or BMP";
    }

    /** The name of the ImageIO reader for this format, or null when the JDK has none. */
    String imageIoName() {
        return imageIoName;
    }

    public boolean decodable() {
        return imageIoName != null;
    }

    /** The file extension without a dot: {@code png}, {@code jpg}, … */
    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
