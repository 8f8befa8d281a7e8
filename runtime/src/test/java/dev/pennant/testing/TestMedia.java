package dev.pennant.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Sound and video files for tests: WAV files written by the JDK, and files that begin as MP3, Ogg, FLAC,
 * M4A, MP4 or WebM do (their magic numbers) with filler after, which is all a format check reads.
 */
public final class TestMedia {
    private TestMedia() {}

    /** A 16-bit PCM WAV of {@code frames} of a sine tone at {@code hertz}, the same on every channel. */
    public static byte[] sineWav(int sampleRate, int channels, int frames, double hertz) {
        short[] samples = new short[frames * channels];
        for (int i = 0; i < frames; i++) {
            short value = (short) Math.round(Math.sin(2 * Math.PI * hertz * i / sampleRate) * 16000);
            for (int c = 0; c < channels; c++) {
                samples[i * channels + c] = value;
            }
        }
        return wav16(sampleRate, channels, samples);
    }

    /** A 16-bit PCM WAV of the given interleaved samples. */
    public static byte[] wav16(int sampleRate, int channels, short... interleaved) {
        ByteBuffer pcm = ByteBuffer.allocate(interleaved.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short sample : interleaved) {
            pcm.putShort(sample);
        }
        return wav(new AudioFormat(sampleRate, 16, channels, true, false), pcm.array());
    }

    /** A WAV of raw frames in any format the JDK writes (8-bit unsigned, 24-bit, µ-law, …). */
    public static byte[] wav(AudioFormat format, byte[] frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(frames), format,
                frames.length / format.getFrameSize())) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] mp3() {
        return withFiller(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0});
    }

    public static byte[] ogg() {
        return withFiller("OggS".getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] flac() {
        return withFiller("fLaC".getBytes(StandardCharsets.US_ASCII));
    }

    /** An MP4 container with the brand an M4A sound file has. */
    public static byte[] m4a() {
        return withFiller(ftyp("M4A "));
    }

    /** An MP4 container with the brand of a video. */
    public static byte[] mp4() {
        return withFiller(ftyp("isom"));
    }

    public static byte[] webm() {
        byte[] head = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, (byte) 0x9f, 0x42, (byte) 0x86, (byte) 0x81, 0x01,
                0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'};
        return withFiller(head);
    }

    private static byte[] ftyp(String brand) {
        byte[] box = new byte[16];
        box[3] = 16;
        System.arraycopy("ftyp".getBytes(StandardCharsets.US_ASCII), 0, box, 4, 4);
        System.arraycopy(brand.getBytes(StandardCharsets.US_ASCII), 0, box, 8, 4);
        return box;
    }

    private static byte[] withFiller(byte[] head) {
        byte[] file = Arrays.copyOf(head, 256);
        Arrays.fill(file, head.length, file.length, (byte) 0x55);
        return file;
    }
}
