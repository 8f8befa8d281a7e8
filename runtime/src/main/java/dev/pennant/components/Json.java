package dev.pennant.components;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shows an output as JSON data: a {@code Map} with {@code String} keys, a {@code List}, or a record
 * (its components become the object's keys). Values may be strings, numbers, booleans, null, and
 * nested maps, lists or records.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Json {
    /** The label; {@code Output} when empty. */
    String label() default "";
}
