package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A text box for a {@code String} parameter or output (the default for {@code String}). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Textbox {
    /** The label; the parameter name (or {@code Output}) when empty. */
    String label() default "";

    /** Visible lines; more than one gives a multi-line text area. */
    int lines() default 1;

    /** Hint shown while the box is empty. */
    String placeholder() default "";

    /** The text in the box when the page opens. */
    String defaultValue() default "";
}
