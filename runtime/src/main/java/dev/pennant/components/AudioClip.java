package dev.pennant.components;

import java.util.Arrays;
import java.util.Objects;

/**
 * A short piece of sound as samples: what an {@link Audio} input gives and an output returns when the
 * method works on the sound itself rather than on a file. Inputs are read from WAV files (8, 16, 24 or
 * 32-bit PCM, 32-bit float, µ-law or A-law); outputs are written as 16-bit PCM WAV.
 *
 * <p>{@code channels[c][i]} is sample {@code i} of channel {@code c} (0 is left, 1 is right), between -1
 * and 1; outputs clip values outside that range. Every channel has the same length. The arrays are the
 * clip's own and are not copied: change them only before handing the clip on.
 *
 * <pre>{@code
 * @Interface
 * public static AudioClip reverse(AudioClip clip) {
 *     float[][] reversed = new float[clip.channelCount()][clip.frames()];
 *     for (int c = 0; c < clip.channelCount(); c++)
 *         for (int i = 0; i < clip.frames(); i++)
 *             reversed[c][i] = clip.channels()[c][clip.frames() - 1 - i];
 *     return new AudioClip(clip.sampleRate(), reversed);
 * }
 * }</pre>
 *
 * @param sampleRate samples per second of each channel, e.g. 44100
 * @param channels the samples, one array per channel
 */
public record AudioClip(int sampleRate, float[][] channels) {

    public AudioClip {
        if (sampleRate < 1) {
            throw new IllegalArgumentException("sampleRate must be at least 1, got " + sampleRate);
        }
        Objects.requireNonNull(channels, "channels");
        if (channels.length == 0) {
            throw new IllegalArgumentException("a clip has at least one channel");
        }
        for (float[] channel : channels) {
            Objects.requireNonNull(channel, "channel");
            if (channel.length != channels[0].length) {
                throw new IllegalArgumentException("every channel must have the same number of samples, got "
                        + channels[0].length + " and " + channel.length);
            }
        }
    }

    /** One channel of samples. */
    public static AudioClip mono(int sampleRate, float[] samples) {
        return new AudioClip(sampleRate, new float[][] {samples});
    }

    public int channelCount() {
        return channels.length;
    }

    /** How many samples each channel has. */
    public int frames() {
        return channels[0].length;
    }

    /** The length in seconds. */
    public double seconds() {
        return (double) frames() / sampleRate;
    }

    /** Equal when the rates and every sample are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AudioClip other && sampleRate == other.sampleRate && Arrays.deepEquals(channels, other.channels);
    }

    @Override
    public int hashCode() {
        return 31 * sampleRate + Arrays.deepHashCode(channels);
    }

    /** {@code AudioClip[44100 Hz, 2 channels, 1.500 s]}: never the samples. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "AudioClip[%d Hz, %d channel%s, %.3f s]", sampleRate, channels.length,
                channels.length == 1 ? "" : "s", seconds());
    }
}
