package dev.pennant.components.codec;

import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Video: a {@code java.nio.file.Path} to an MP4, WebM, Ogg, Matroska, QuickTime or AVI file, checked from
 * its bytes ({@link MediaFormat}); a sound-only M4A is not a video. The server serves it with HTTP ranges
 * so the page's player can seek. Flagged with the extension of its format ({@code video/0.mp4}).
 */
final class VideoCodec extends FileDataCodec {

    @Override
    Object fromFile(Component component, StoredFile file, CodecContext context) {
        checkVideo(component.label(), head(component.label(), file, context));
        return file.path();
    }

    @Override
    StoredFile store(Component component, Object value, FileStorage storage) throws IOException {
        return storeChecked(component, value, storage, "video",
                bytes -> MediaFormat.sniffVideo(bytes).map(MediaFormat::extension), "an " + MediaFormat.videoNames() + " video");
    }

    /** A video example must be a video, so a click never ends in an error. */
    @Override
    void checkExample(Component component, String cell, Path file, CodecContext context) {
        try {
            checkVideo(component.label(), head(file));
        } catch (IOException e) {
            throw ExampleFile.refused(component, cell, "cannot be read: " + e.getMessage());
        }
    }

    private static void checkVideo(String label, byte[] head) {
        if (MediaFormat.sniffVideo(head).isPresent()) {
            return;
        }
        String what = MediaFormat.sniff(head).map(f -> "is " + f.displayName() + " sound, not a video; upload an ")
                .orElse("is not an ");
        throw new InvalidInputException(label, "the file " + what + MediaFormat.videoNames() + " video");
    }
}
