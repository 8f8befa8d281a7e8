package dev.pennant;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A flagging option whose button text differs from the value stored in the CSV (the guide's
 * {@code ("Mark as incorrect", "incorrect")} tuples):
 * {@code @Interface(flaggingOptionPairs = @FlagOption(label = "Mark as incorrect", value = "incorrect"))}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface FlagOption {
    /** The button text shown to users. */
    String label();

    /** The value stored in the {@code flag_option} column and passed to the callback. */
    String value();
}
