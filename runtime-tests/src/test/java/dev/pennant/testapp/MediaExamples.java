package dev.pennant.testapp;

import dev.pennant.Example;
import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.AudioClip;
import java.nio.file.Path;
import java.util.List;

/** Examples of several files and a sound: inline (paths relative to the working directory) and from a flagged directory. */
public class MediaExamples {

    @Example({"[\"flagged/inline/a.txt\", \"flagged/inline/b.txt\"]", "flagged/inline/hum.wav"})
    @Interface(apiName = "inline_media", flaggingMode = FlaggingMode.NEVER)
    public static String inline(List<Path> files, AudioClip sound) {
        return files.size() + " files, " + sound.frames() + " frames";
    }

    @Interface(apiName = "flagged_media", flaggingMode = FlaggingMode.NEVER, examples = "flagged/media")
    public static String fromFlags(List<Path> files, AudioClip sound) {
        return inline(files, sound);
    }
}
