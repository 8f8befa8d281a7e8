package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A file input or output, for {@code java.nio.file.Path} (the default for {@code Path}). Flagged files
 * are copied to {@code <flaggingDir>/<label>/<n>.<ext>}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface File {
    /** The label; the parameter name (or {@code Output}) when empty. */
    String label() default "";
}
