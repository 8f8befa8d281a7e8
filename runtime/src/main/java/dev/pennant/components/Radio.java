package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Radio buttons: one choice of several. On a {@code String} parameter the choices are listed here;
 * an enum parameter is a Radio by default, its constants being the choices.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Radio {
    /** The choices, in the order shown. Leave empty on an enum parameter. */
    String[] value() default {};

    /** The label; the parameter name when empty. */
    String label() default "";

    /** The choice selected when the page opens; must be one of the choices. None when empty. */
    String defaultValue() default "";
}
