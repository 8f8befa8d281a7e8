package dev.pennant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One row of example inputs shown under the interface; clicking it fills the inputs. One value per
 * parameter, written as text and checked at compile time against the parameter's type and choices:
 * {@code @Example({"5", "add", "7"})}. An image or file value is a path relative to the working
 * directory, without {@code ..}: {@code @Example("images/cat.png")}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(Examples.class)
public @interface Example {
    String[] value();
}
