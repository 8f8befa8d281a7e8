package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A video input (upload or drop a file, then watch it) or output (a player with seek), on a
 * {@code java.nio.file.Path}. The file must be an MP4, WebM, Ogg, QuickTime or AVI video (checked from its
 * bytes); the browser plays MP4 (H.264), WebM and Ogg. Files are served with HTTP ranges, so the player
 * can seek without downloading the whole file. Flagged videos are stored as
 * {@code <flaggingDir>/<label>/<n>.<ext>}, e.g. {@code video/0.mp4}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Video {
    /** The label; the parameter name (or {@code Output}) when empty. Also the flagged files' folder name. */
    String label() default "";

    /** Gradio's {@code autoplay}: an output starts playing as soon as it arrives (browsers may wait for a click first). */
    boolean autoplay() default false;

    /** Gradio's {@code loop}: the player starts again at the end. */
    boolean loop() default false;
}
