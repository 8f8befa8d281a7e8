package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sound input (upload or drop a file, then play it back) or output (a player with seek). The default
 * for {@link AudioClip}, which is read from and written as WAV; on {@code java.nio.file.Path} and
 * {@code byte[]} the method gets or returns the file itself, which may be WAV, MP3, Ogg, FLAC or M4A
 * (checked from its bytes). Flagged sound is stored as {@code <flaggingDir>/<label>/<n>.<ext>},
 * {@code audio/0.wav} for a clip.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Audio {
    /** The label; the parameter name (or {@code Output}) when empty. Also the flagged files' folder name. */
    String label() default "";

    /** Gradio's {@code autoplay}: an output starts playing as soon as it arrives (browsers may wait for a click first). */
    boolean autoplay() default false;

    /** Gradio's {@code loop}: the player starts again at the end. */
    boolean loop() default false;
}
