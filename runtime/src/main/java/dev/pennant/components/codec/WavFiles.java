package dev.pennant.components.codec;

import dev.pennant.components.AudioClip;
import dev.pennant.components.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * WAV files and {@link AudioClip}s, through {@code javax.sound.sampled}: read from 8, 16, 24 or 32-bit
 * PCM, 32-bit float, µ-law or A-law; written as 16-bit PCM. The JDK parses the file; this class only
 * turns frames into samples between -1 and 1 and back.
 */
final class WavFiles {
    /** More samples than this (about 19 minutes of stereo at 44.1 kHz) are not decoded into memory. */
    static final long MAX_SAMPLES = 100_000_000L;

    private WavFiles() {}

    /** The clip a WAV file holds; refused with a message naming the input when it is damaged or too long. */
    static AudioClip read(String label, byte[] wav) {
        try (AudioInputStream in = pcm(AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav)))) {
            AudioFormat format = in.getFormat();
            int channels = format.getChannels();
            long frames = in.getFrameLength();
            if (frames == AudioSystem.NOT_SPECIFIED || frames < 0) {
                throw damaged(label);
            }
            if (frames * channels > MAX_SAMPLES) {
                throw new InvalidInputException(label, "the sound is too long to decode as an AudioClip ("
                        + frames * channels + " samples, at most " + MAX_SAMPLES + "); take a Path instead");
            }
            byte[] data = in.readNBytes((int) frames * format.getFrameSize());
            int length = data.length / format.getFrameSize();
            float[][] samples = new float[channels][length];
            int bytesPerSample = format.getSampleSizeInBits() / 8;
            for (int i = 0, offset = 0; i < length; i++) {
                for (int c = 0; c < channels; c++, offset += bytesPerSample) {
                    samples[c][i] = sample(data, offset, format);
                }
            }
            return new AudioClip(Math.max(1, Math.round(format.getSampleRate())), samples);
        } catch (UnsupportedAudioFileException | IOException | IllegalArgumentException e) {
            throw damaged(label);
        }
    }

    /** Checks that a WAV file's header parses, without decoding its samples. */
    static void check(String label, InputStream wav) {
        try (InputStream in = wav) {
            AudioSystem.getAudioFileFormat(in);
        } catch (UnsupportedAudioFileException | IOException e) {
            throw damaged(label);
        }
    }

    /** The clip as a 16-bit PCM WAV file; samples outside [-1, 1] are clipped. */
    static byte[] write(AudioClip clip) {
        int channels = clip.channelCount();
        int frames = clip.frames();
        byte[] pcm = new byte[frames * channels * 2];
        for (int i = 0, offset = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++, offset += 2) {
                float value = Math.max(-1f, Math.min(1f, clip.channels()[c][i]));
                int sample = Float.isNaN(value) ? 0 : Math.round(value * 32767f);
                pcm[offset] = (byte) sample;
                pcm[offset + 1] = (byte) (sample >> 8);
            }
        }
        AudioFormat format = new AudioFormat(clip.sampleRate(), 16, channels, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 44);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** µ-law and A-law become 16-bit signed PCM; PCM and float stay as they are. */
    private static AudioInputStream pcm(AudioInputStream in) {
        AudioFormat.Encoding encoding = in.getFormat().getEncoding();
        if (encoding.equals(AudioFormat.Encoding.ULAW) || encoding.equals(AudioFormat.Encoding.ALAW)) {
            AudioFormat source = in.getFormat();
            AudioFormat target = new AudioFormat(source.getSampleRate(), 16, source.getChannels(), true, false);
            return AudioSystem.getAudioInputStream(target, in);
        }
        if (!encoding.equals(AudioFormat.Encoding.PCM_SIGNED) && !encoding.equals(AudioFormat.Encoding.PCM_UNSIGNED)
                && !encoding.equals(AudioFormat.Encoding.PCM_FLOAT)) {
            throw new IllegalArgumentException("unsupported encoding " + encoding);
        }
        int bits = in.getFormat().getSampleSizeInBits();
        boolean isFloat = encoding.equals(AudioFormat.Encoding.PCM_FLOAT);
        if (bits % 8 != 0 || bits < 8 || bits > 32 || (isFloat && bits != 32)
                || in.getFormat().getFrameSize() != bits / 8 * in.getFormat().getChannels()) {
            throw new IllegalArgumentException("unsupported sample size " + bits);
        }
        return in;
    }

    /** One sample at {@code offset}, scaled to [-1, 1]. */
    private static float sample(byte[] data, int offset, AudioFormat format) {
        int bytes = format.getSampleSizeInBits() / 8;
        long raw = 0;
        for (int b = 0; b < bytes; b++) {
            int index = format.isBigEndian() ? offset + b : offset + bytes - 1 - b;
            raw = (raw << 8) | (data[index] & 0xff);
        }
        if (format.getEncoding().equals(AudioFormat.Encoding.PCM_FLOAT)) {
            return Float.intBitsToFloat((int) raw);   // 32-bit: pcm() refuses wider samples
        }
        long full = 1L << (bytes * 8);
        if (format.getEncoding().equals(AudioFormat.Encoding.PCM_UNSIGNED)) {
            raw -= full / 2;
        } else if (raw >= full / 2) {
            raw -= full;
        }
        return (float) (raw / (double) (full / 2));
    }

    private static InvalidInputException damaged(String label) {
        return new InvalidInputException(label, "the WAV file is damaged, truncated or uses an encoding Pennant cannot read");
    }
}
