package dev.pennant.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Sound and video files for the demos' tests: WAVs written by the JDK, and the committed example video. */
final class DemoMedia {
    /** The three-second test-pattern MP4 (H.264, 96×64) committed as the replay demo's example. */
    static final Path EXAMPLE_VIDEO = Path.of("sample-app/examples/replay/video/0.mp4");

    private DemoMedia() {}

    /** A mono 16-bit WAV at 8 kHz: a tone of {@code seconds} rising from {@code fromHz} to {@code toHz}, in test-sounds/. */
    static Path sweep(String name, double seconds, double fromHz, double toHz) {
        int rate = 8000;
        int frames = (int) Math.round(seconds * rate);
        byte[] pcm = new byte[frames * 2];
        double phase = 0;
        for (int i = 0; i < frames; i++) {
            phase += 2 * Math.PI * (fromHz + (toHz - fromHz) * i / frames) / rate;
            short sample = (short) Math.round(Math.sin(phase) * 12000);
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        try {
            Path file = Path.of("test-sounds").toAbsolutePath().resolve(name);
            Files.createDirectories(file.getParent());
            AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
            AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), format, frames), AudioFileFormat.Type.WAVE,
                    file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 16-bit samples of a mono WAV file. */
    static short[] samples(Path wav) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            byte[] bytes = in.readAllBytes();
            short[] samples = new short[bytes.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) ((bytes[2 * i] & 0xff) | (bytes[2 * i + 1] << 8));
            }
            return samples;
        } catch (Exception e) {
            throw new AssertionError("not a WAV: " + wav, e);
        }
    }

    /** A text file in test-files/. */
    static Path text(String name, String content) {
        try {
            Path file = Path.of("test-files").toAbsolutePath().resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
