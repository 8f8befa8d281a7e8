package dev.pennant.components.codec;

import dev.pennant.components.AudioClip;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Audio: an {@link AudioClip} (decoded from WAV, written as WAV), {@code byte[]} (the file's bytes) or
 * {@code java.nio.file.Path} (the file). Every input is checked from its bytes to be WAV, MP3, Ogg, FLAC
 * or M4A sound ({@link MediaFormat}), a WAV also to have a header that parses; other formats pass through
 * as they are, since Pennant decodes only WAV. Flagged: a clip as {@code audio/0.wav}, a file with the
 * extension of its format.
 */
final class AudioCodec extends FileDataCodec {

    @Override
    Object fromFile(Component component, StoredFile file, CodecContext context) {
        String label = component.label();
        MediaFormat format = soundFormat(label, head(label, file, context));
        if (component.valueType().is(AudioClip.class)) {
            return WavFiles.read(label, wavBytes(label, format, read(label, file, context)));
        }
        if (component.valueType().is(byte[].class)) {
            byte[] bytes = read(label, file, context);
            checkWav(label, format, bytes);
            return bytes;
        }
        if (format == MediaFormat.WAV) {
            try {
                WavFiles.check(label, Files.newInputStream(file.path()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file.path();
    }

    /** A clip is stored as WAV; bytes and files must be sound. */
    @Override
    StoredFile store(Component component, Object value, FileStorage storage) throws IOException {
        if (value instanceof AudioClip clip) {
            return storage.save(WavFiles.write(clip), "audio.wav");
        }
        return storeChecked(component, value, storage, "audio",
                bytes -> MediaFormat.sniffSound(bytes).map(MediaFormat::extension), MediaFormat.soundNames() + " sound");
    }

    /** A clip is flagged as WAV ({@code audio/0.wav}). */
    @Override
    String writeFlagged(Component component, Object value, FlagFolder folder) throws IOException {
        if (value instanceof AudioClip clip) {
            return folder.write(WavFiles.write(clip), "wav");
        }
        return super.writeFlagged(component, value, folder);
    }

    /** An audio example must be sound the input accepts (a WAV that decodes, for a clip), so a click never ends in an error. */
    @Override
    void checkExample(Component component, String cell, Path file, CodecContext context) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw ExampleFile.refused(component, cell, "cannot be read: " + e.getMessage());
        }
        String label = component.label();
        MediaFormat format = soundFormat(label, bytes);
        if (component.valueType().is(AudioClip.class)) {
            WavFiles.read(label, wavBytes(label, format, bytes));
        } else {
            checkWav(label, format, bytes);
        }
    }

    private static MediaFormat soundFormat(String label, byte[] head) {
        return MediaFormat.sniffSound(head).orElseThrow(() -> new InvalidInputException(label,
                "the file is not " + MediaFormat.soundNames() + " sound"));
    }

    /** An AudioClip is decoded from WAV only; other formats are taken as files. */
    private static byte[] wavBytes(String label, MediaFormat format, byte[] bytes) {
        if (format != MediaFormat.WAV) {
            throw new InvalidInputException(label, "the file is " + format.displayName()
                    + " sound, but this input decodes WAV only (a method that takes a Path or byte[] accepts "
                    + MediaFormat.soundNames() + ")");
        }
        return bytes;
    }

    private static void checkWav(String label, MediaFormat format, byte[] bytes) {
        if (format == MediaFormat.WAV) {
            WavFiles.check(label, new java.io.ByteArrayInputStream(bytes));
        }
    }
}
