package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import dev.pennant.components.AudioClip;

/**
 * Plays a sound backwards: a WAV in, the same samples in reverse out, both with a player on the page.
 * Flagged sounds land in {@code flagged-reverse/audio/0.wav} and {@code flagged-reverse/Output/0.wav}.
 * Its example is a flagged directory committed with the sample app ({@code sample-app/examples/reverse}):
 * three rising notes that come back falling.
 */
public final class ReverseAudio {

    private ReverseAudio() {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            flaggingDir = "flagged-reverse",
            apiName = "reverse",
            examples = "sample-app/examples/reverse",
            title = "Backwards",
            description = "Upload a WAV file to hear it played backwards. Flag a result that sounds wrong.")
    public static AudioClip reverse(AudioClip audio) {
        if (audio == null) {
            throw new InterfaceError("Upload a sound first.");
        }
        float[][] reversed = new float[audio.channelCount()][audio.frames()];
        for (int c = 0; c < audio.channelCount(); c++) {
            float[] samples = audio.channels()[c];
            for (int i = 0; i < samples.length; i++) {
                reversed[c][i] = samples[samples.length - 1 - i];
            }
        }
        return new AudioClip(audio.sampleRate(), reversed);
    }
}
