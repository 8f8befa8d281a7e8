package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.model.FlagOption;
import dev.pennant.processor.model.FlaggingMode;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * Reads {@code flaggingOptions} and {@code flaggingOptionPairs}: one form at a time, each label and value
 * once and not blank, and only in a mode that shows them.
 */
final class FlaggingOptionsReader {

    /** The options as written; at most one of the lists is non-empty when no error was reported. */
    record Options(List<String> plain, List<FlagOption> pairs) {
    }

    private FlaggingOptionsReader() {
    }

    static Options read(AnnotationValues annotation, FlaggingMode mode) {
        List<String> plain = readPlain(annotation);
        List<FlagOption> pairs = readPairs(annotation);
        if (!plain.isEmpty() && !pairs.isEmpty()) {
            annotation.error("flaggingOptionPairs", Diagnostic.MIXED_FLAGGING_OPTIONS);
        }
        String member = pairs.isEmpty() ? "flaggingOptions" : "flaggingOptionPairs";
        if (!plain.isEmpty() || !pairs.isEmpty()) {
            switch (mode) {
                case NEVER -> annotation.error(member, Diagnostic.OPTIONS_WITH_NEVER, member);
                case AUTO -> annotation.error(member, Diagnostic.OPTIONS_WITH_AUTO, member);
                case MANUAL -> {
                    // the options are shown
                }
            }
        }
        return new Options(plain, pairs);
    }

    private static List<String> readPlain(AnnotationValues annotation) {
        Set<String> seen = new HashSet<>();
        for (AnnotationValue value : annotation.array("flaggingOptions")) {
            String option = (String) value.getValue();
            if (option.isBlank()) {
                annotation.error(value, Diagnostic.INVALID_FLAGGING_OPTION, "flaggingOptions", "contain a blank option");
            } else if (!seen.add(option)) {
                annotation.error(value, Diagnostic.INVALID_FLAGGING_OPTION, "flaggingOptions",
                        "list \"" + option + "\" more than once");
            }
        }
        return annotation.strings("flaggingOptions");
    }

    private static List<FlagOption> readPairs(AnnotationValues annotation) {
        Set<String> labels = new HashSet<>();
        Set<String> values = new HashSet<>();
        List<FlagOption> pairs = new ArrayList<>();
        for (AnnotationValue element : annotation.array("flaggingOptionPairs")) {
            // errors go on the @FlagOption, which sits on the method like the @Interface around it
            AnnotationValues pair = annotation.nested((AnnotationMirror) element.getValue());
            String label = pair.string("label");
            String value = pair.string("value");
            check(pair, "label", label, labels);
            check(pair, "value", value, values);
            pairs.add(new FlagOption(label, value));
        }
        return pairs;
    }

    private static void check(AnnotationValues pair, String member, String text, Set<String> seen) {
        if (text.isBlank()) {
            pair.error(member, Diagnostic.INVALID_FLAGGING_OPTION, "flaggingOptionPairs", "contain a blank " + member);
        } else if (!seen.add(text)) {
            pair.error(member, Diagnostic.INVALID_FLAGGING_OPTION, "flaggingOptionPairs",
                    "list the " + member + " \"" + text + "\" more than once");
        }
    }
}
