package dev.pennant.processor.diagnostic;

/**
 * Every error the processor reports, with a stable id users can search for. Each message names the
 * problem and the fix; {@code %s} placeholders are filled by {@link Reporter}. The lists of supported
 * types are placeholders too: the readers generate them from the table of which types each component takes.
 */
public enum Diagnostic {
    UNSUPPORTED_PARAMETER_TYPE(1,
            "Parameter '%s' has type %s, which Pennant cannot turn into an input component. "
                    + "Use one of: %s."),
    UNSUPPORTED_RETURN_TYPE(2,
            "Return type %s is not supported%s. "
                    + "Return one of: %s."),
    VOID_RETURN(3,
            "An @Interface method must return its output, but '%s' returns void. "
                    + "Return one of: %s."),
    PRIVATE_METHOD(4,
            "@Interface method '%s' is private, so generated code cannot call it. "
                    + "Make it public or package-private."),
    ABSTRACT_METHOD(5,
            "@Interface method '%s' is abstract, so there is nothing to call. Give it a body."),
    GENERIC_METHOD(6,
            "@Interface method '%s' declares type parameters %s; Pennant needs concrete types to pick components. "
                    + "Remove the type parameters."),
    UNREACHABLE_CLASS(7,
            "@Interface method '%s' is declared in %s, which generated code in package '%s' cannot reach "
                    + "because %s. Move the method to a top-level or static nested class that is not private."),
    COMPONENT_TYPE_MISMATCH(8,
            "@%s cannot show a value of type %s. Use it on %s, or remove it to let Pennant pick the component."),
    MISSING_CHOICES(9,
            "@%s on String parameter '%s' lists no choices. List them, e.g. @%s({\"a\", \"b\"}), or use an enum."),
    DUPLICATE_CHOICE(10,
            "Choice \"%s\" is listed more than once. List each choice once."),
    SLIDER_RANGE(11,
            "@Slider minimum (%s) must be less than maximum (%s). Swap or correct the bounds."),
    SLIDER_STEP(12,
            "@Slider step must be greater than 0, but is %s. Use a positive step such as 1 or 0.1."),
    DUPLICATE_LABEL(13,
            "Two components of '%s' are labelled \"%s\"; labels name the CSV columns and must be unique. "
                    + "Rename one, or set a different label in its component annotation."),
    DUPLICATE_API_NAME(14,
            "apiName \"%s\" is already used by @Interface method '%s' in the same class. "
                    + "Give each method its own apiName."),
    INVALID_API_NAME(15,
            "apiName \"%s\" is not a valid endpoint name. Use only letters, digits, '_' and '-', "
                    + "and at least one character, e.g. \"predict\"."),
    INVALID_FLAGGING_CALLBACK(16,
            "flaggingCallback %s cannot be created by generated code because %s. "
                    + "Use a public, non-abstract, top-level or static nested class with a public no-argument constructor."),
    UNEXPECTED_ERROR(17,
            "Pennant's processor failed on this method; please report it with this trace:%n%s"),
    CONFLICTING_COMPONENTS(18,
            "%s has more than one component annotation (%s). Keep one."),
    CHOICES_ON_ENUM(19,
            "@%s on enum parameter '%s' lists choices, but an enum's choices are its constants. "
                    + "Remove the listed choices."),
    TEXTBOX_LINES(20,
            "@Textbox lines must be at least 1, but is %s."),
    SLIDER_NOT_FINITE(21,
            "@%s %s must be a finite number, but is %s."),
    INACCESSIBLE_TYPE(22,
            "Type %s used by '%s' cannot be named from generated code in package '%s' because %s. "
                    + "Make it public (or package-private in the same package) and not nested in a private class."),
    UNRESOLVED_TYPE(23,
            "Type %s used by @Interface method '%s' could not be resolved, even after all annotation processing rounds. "
                    + "Check its import and spelling."),
    INVALID_FLAGGING_OPTION(24,
            "%s %s. Give each option a distinct, non-blank label and value."),
    BLANK_FLAGGING_DIR(25,
            "flaggingDir is blank. Name a directory, e.g. \"flagged\"."),
    WRITE_FAILED(26,
            "Could not write %s: %s"),
    OPTIONS_WITH_NEVER(27,
            "%s are never shown: with flaggingMode = NEVER nothing can be flagged. "
                    + "Remove the options, or use FlaggingMode.MANUAL."),
    OPTIONS_WITH_AUTO(28,
            "%s are never shown: with flaggingMode = AUTO every submission is flagged without a button, "
                    + "so no one picks an option. Remove the options, or use FlaggingMode.MANUAL."),
    MIXED_FLAGGING_OPTIONS(29,
            "flaggingOptions and flaggingOptionPairs are both written. Use one: plain options, "
                    + "or @FlagOption(label = ..., value = ...) pairs for all of them."),
    INVALID_DIRECTORY_NAME(30,
            "%s \"%s\" contains %s, which %s. Remove it; letters, digits, '.', '_', '-' and '/' work everywhere."),
    BLANK_EXAMPLES_DIR(31,
            "examples is written but blank. Name a directory holding a logs.csv, e.g. \"./flagged\", "
                    + "or remove the member."),
    DEFAULT_NOT_A_CHOICE(32,
            "defaultValue \"%s\" of '%s' is not one of its choices (%s). Use one of them, or remove defaultValue."),
    SLIDER_DEFAULT_OUT_OF_RANGE(33,
            "@Slider defaultValue %s of '%s' lies outside [%s, %s]. Use a value within minimum and maximum."),
    UNSAFE_FOLDER_LABEL(34,
            "Label \"%s\" cannot name the folder where flagged %s files are stored: it %s. "
                    + "Use a label without '/', '\\', '..' and control characters."),
    EXAMPLE_VALUE_COUNT(35,
            "@Example has %d value%s, but '%s' has %d input%s (%s). Give one value per input, in order."),
    EXAMPLE_VALUE_TYPE(36,
            "@Example value \"%s\" for '%s' is not %s. Write it as %s."),
    EXAMPLE_NOT_A_CHOICE(37,
            "@Example value \"%s\" for '%s' is not one of its choices (%s). Use one of them."),
    EXAMPLE_OUTSIDE_SLIDER(38,
            "@Example value %s for '%s' lies outside the slider's range [%s, %s]. Use a value within it."),
    EXAMPLE_FILE_PATH(39,
            "@Example value \"%s\" for '%s' %s. Write a path relative to the working directory the app runs in, "
                    + "without '..', e.g. \"images/cat.png\"."),
    EXAMPLES_TWICE(40,
            "Both examples (a directory) and @Example rows are written. Pick one: the flagged directory's rows, "
                    + "or the inline @Example rows."),
    CONCURRENCY_LIMIT(41,
            "concurrencyLimit must be at least 1, but is %d. Use 1 (one call at a time) or more."),
    SEVERAL_PROGRESS(42,
            "Parameter '%s' is a second Progress parameter of '%s'; Pennant passes one progress tracker. "
                    + "Keep one Progress parameter."),
    JSON_PART_NOT_SHOWN(43,
            "@Json cannot show %s: a part of it has type %s. "
                    + "Change that part, or convert it to a Map or List yourself.");

    private final String id;
    private final String template;

    Diagnostic(int number, String template) {
        this.id = String.format("PENNANT-%03d", number);
        this.template = template;
    }

    /** The stable id, e.g. {@code PENNANT-003}. */
    String id() {
        return id;
    }

    /** The message with {@code %s}-style placeholders, as documented in the README's table. */
    String template() {
        return template;
    }

    /** The full message, starting with the id in brackets. */
    String format(Object... args) {
        return "[" + id + "] " + String.format(template, args);
    }
}
