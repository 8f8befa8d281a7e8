package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Several images as one output: the default for a method returning {@code List<BufferedImage>}; on a
 * method returning {@code List<Path>} of image files. Each image is flagged as a file in
 * {@code <flaggingDir>/<label>/} ({@code Output/0.png}, {@code Output/1.png}, …) and the CSV cell lists
 * them as Gradio's CSVLogger does: {@code [{"image": "Output/0.png", "caption": null}, …]}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Gallery {
    /** The label; {@code Output} when empty. Also the flagged files' folder name. */
    String label() default "";

    /** Gradio's {@code columns}: how many images a row of the grid shows; at least 1. */
    int columns() default 2;
}
