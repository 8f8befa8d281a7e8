package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A file input or output, for {@code java.nio.file.Path} (the default for {@code Path}), or several
 * files for {@code List<Path>} (the default for {@code List<Path>}; Gradio's {@code file_count="multiple"}).
 * Flagged files are copied to {@code <flaggingDir>/<label>/<n>.<ext>}; several files are listed in
 * their cell as Gradio's CSVLogger does: {@code ["files/0.txt", "files/1.pdf"]}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface File {
    /** The label; the parameter name (or {@code Output}) when empty. */
    String label() default "";

    /**
     * Gradio's {@code file_count}: {@code "single"} for a {@code Path}, {@code "multiple"} for a
     * {@code List<Path>}; empty (the default) takes it from the type.
     */
    String fileCount() default "";
}
