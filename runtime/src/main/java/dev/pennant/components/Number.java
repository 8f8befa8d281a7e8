package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A number field for {@code double, float, int, long} and their boxed types (the default for them). */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface Number {
    /** The label; the parameter name (or {@code Output}) when empty. */
    String label() default "";

    /** The value when the page opens; {@code NaN} leaves the field empty. */
    double defaultValue() default Double.NaN;
}
