package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A slider for a numeric parameter. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Slider {
    double minimum() default 0;

    double maximum() default 100;

    double step() default 1;

    /** The label; the parameter name when empty. */
    String label() default "";

    /** The value when the page opens; must lie within minimum and maximum. {@code NaN} means the minimum. */
    double defaultValue() default Double.NaN;
}
