package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A classification result: the top class with confidence bars. The default output for
 * {@code Map<String, ? extends Number>} (class name to confidence, shown in the map's order).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Label {
    /** The label; {@code Output} when empty. */
    String label() default "";
}
