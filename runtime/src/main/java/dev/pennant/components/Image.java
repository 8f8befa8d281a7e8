package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An image input (click to upload or drop, with a preview) or output. The default for
 * {@code java.awt.image.BufferedImage}; also allowed on {@code byte[]} and {@code java.nio.file.Path}
 * when the method needs the original file's bytes (the format is checked from the bytes).
 * Flagged images are stored as {@code <flaggingDir>/<label>/<n>.<ext>}, PNG for generated images.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Image {
    /** The label; the parameter name (or {@code Output}) when empty. */
    String label() default "";
}
