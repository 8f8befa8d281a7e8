package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import dev.pennant.components.Video;
import java.nio.file.Path;

/**
 * An instant replay: a video in, the same video out in a looping player the browser can seek in (the
 * server answers HTTP range requests). Flagged videos land in {@code flagged-replay/video/0.mp4}. Its
 * example is a three-second test pattern committed in {@code sample-app/examples/replay}.
 */
public final class VideoReplay {

    private VideoReplay() {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            flaggingDir = "flagged-replay",
            apiName = "replay",
            examples = "sample-app/examples/replay",
            title = "Instant replay",
            description = "Upload a short video (MP4 or WebM) to watch it again on a loop, and seek through it. "
                    + "Flag a clip that does not play.")
    @Video(loop = true)
    public static Path replay(@Video Path video) {
        if (video == null) {
            throw new InterfaceError("Upload a video first.");
        }
        return video;
    }
}
