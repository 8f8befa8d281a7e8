package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Audio;
import dev.pennant.components.AudioClip;
import dev.pennant.components.Gallery;
import dev.pennant.components.Video;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Sound, video, a gallery and several files, in and out. */
public class Media {

    /** Plays a clip backwards. */
    @Interface(apiName = "reverse", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/reverse")
    public static AudioClip reverse(AudioClip audio) {
        float[][] reversed = new float[audio.channelCount()][audio.frames()];
        for (int c = 0; c < audio.channelCount(); c++) {
            for (int i = 0; i < audio.frames(); i++) {
                reversed[c][i] = audio.channels()[c][audio.frames() - 1 - i];
            }
        }
        return new AudioClip(audio.sampleRate(), reversed);
    }

    /** Any sound file back as it came. */
    @Interface(apiName = "keep_sound", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/keep_sound")
    @Audio
    public static Path keepSound(@Audio Path sound) {
        return sound;
    }

    /** A video back as it came. */
    @Interface(apiName = "replay", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/replay")
    @Video
    public static Path replay(@Video Path video) {
        return video;
    }

    /** The image, and the same image turned a quarter, as a gallery. */
    @Interface(apiName = "turns", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/turns")
    public static List<BufferedImage> turns(BufferedImage im) {
        BufferedImage turned = new BufferedImage(im.getHeight(), im.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < im.getHeight(); y++) {
            for (int x = 0; x < im.getWidth(); x++) {
                turned.setRGB(im.getHeight() - 1 - y, x, im.getRGB(x, y));
            }
        }
        return List.of(im, turned);
    }

    /** Several files in; one upper-cased copy of each out, in reverse order. */
    @Interface(apiName = "shout_all", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/shout_all")
    public static List<Path> shoutAll(List<Path> files) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path file : files) {
            Path copy = Files.createTempFile("shout", ".txt");
            Files.writeString(copy, Files.readString(file).toUpperCase(java.util.Locale.ROOT));
            copy.toFile().deleteOnExit();
            out.add(0, copy);
        }
        return out;
    }

    /** Image files back as a gallery. */
    @Interface(apiName = "album", flaggingMode = FlaggingMode.NEVER)
    @Gallery(columns = 3)
    public static List<Path> album(List<Path> photos) {
        return photos;
    }
}
