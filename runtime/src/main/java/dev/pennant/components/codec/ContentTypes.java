package dev.pennant.components.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file holds, from its first bytes: an image ({@link ImageFormat}), sound or video
 * ({@link MediaFormat}), a PDF, or plain bytes. The server's file store labels every file it keeps with
 * this type, and flagged files get this extension, so neither ever depends on a name a client chose.
 */
public final class ContentTypes {
    /** How many first bytes {@link #mimeType} and {@link #extension} look at. */
    public static final int HEAD_BYTES = MediaFormat.HEAD_BYTES;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private ContentTypes() {}

    /** The content type: {@code image/png}, {@code audio/wav}, {@code video/mp4}, {@code application/pdf}, else {@code application/octet-stream}. */
    public static String mimeType(byte[] head) {
        Optional<ImageFormat> image = ImageFormat.sniff(head);
        if (image.isPresent()) {
            return image.get().mimeType();
        }
        Optional<MediaFormat> media = MediaFormat.sniff(head);
        if (media.isPresent()) {
            return media.get().mimeType();
        }
        return isPdf(head) ? "application/pdf" : "application/octet-stream";
    }

    /** The extension of a known kind of file, without a dot ({@code png}, {@code wav}, {@code pdf}); empty for others. */
    public static Optional<String> extension(byte[] head) {
        Optional<ImageFormat> image = ImageFormat.sniff(head);
        if (image.isPresent()) {
            return Optional.of(image.get().extension());
        }
        Optional<MediaFormat> media = MediaFormat.sniff(head);
        if (media.isPresent()) {
            return Optional.of(media.get().extension());
        }
        return isPdf(head) ? Optional.of("pdf") : Optional.empty();
    }

    private static boolean isPdf(byte[] head) {
        return head.length >= PDF.length && Arrays.equals(head, 0, PDF.length, PDF, 0, PDF.length);
    }
}
