package dev.pennant;

import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Turns a method into a web app: its parameters become input components, its return value the
 * output components, and {@link Pennant#launch(Class[])} serves the page and a Gradio-compatible API.
 * The annotation processor checks the configuration at compile time and generates the wiring.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Interface {

    /** When flagging happens. {@code GRADIO_FLAGGING_MODE} applies only when this member is not written. */
    FlaggingMode flaggingMode() default FlaggingMode.MANUAL;

    /** Reasons a user picks when flagging; each becomes a "Flag as …" button and the {@code flag_option} column. */
    String[] flaggingOptions() default {};

    /** Flagging options whose button label differs from the stored value; use instead of {@link #flaggingOptions}. */
    FlagOption[] flaggingOptionPairs() default {};

    /** Where flagged data is stored, relative to the working directory or absolute; created on the first flag. */
    String flaggingDir() default "flagged";

    /** What saves flagged data; a public class with a public no-argument constructor. */
    Class<? extends FlaggingCallback> flaggingCallback() default CSVLogger.class;

    /**
     * A directory holding a {@code logs.csv} (such as a flagging directory, {@code "./flagged"}) whose rows
     * are shown as clickable examples: the input columns, by position. Image and file cells name files
     * inside the directory ({@code im/0.png}); they are shown as thumbnails and copied into the server's
     * files at launch. Resolved against the working directory at launch; a missing or malformed
     * directory, or a file cell outside it, stops the launch.
     */
    String examples() default "";

    /** The page title; the method name when empty. */
    String title() default "";

    /** Text shown under the title. */
    String description() default "";

    /** Text shown under the interface. */
    String article() default "";

    /**
     * How many calls of this method may run at once; further calls wait in a queue. 1, as in Gradio,
     * because most demo methods (models especially) are not safe or not faster when run concurrently.
     */
    int concurrencyLimit() default 1;

    /** The endpoint name clients call, without the leading slash: {@code /gradio_api/run/predict}. */
    String apiName() default "predict";
}
