package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A checkbox for a {@code boolean} parameter or output (the default for {@code boolean}). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Checkbox {
    /** The label; the parameter name (or {@code Output}) when empty. */
    String label() default "";

    /** Whether the box is ticked when the page opens. */
    boolean defaultValue() default false;
}
