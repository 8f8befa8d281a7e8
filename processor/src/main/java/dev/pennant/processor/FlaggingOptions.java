package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.model.FlagOption;
import dev.pennant.processor.model.FlaggingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code flaggingOptions} and {@code flaggingOptionPairs}: one form at a time, each label and value
 * once and not blank, and only in a mode that shows them.
 */
final class FlaggingOptions {

    /** The options as written; at most one of the lists is non-empty when no error was reported. */
    record Options(List<String> plain, List<FlagOption> pairs) {
        Options {
            plain = List.copyOf(plain);
            pairs = List.copyOf(pairs);
        }
    }

    private final Elements elements;
    private final Reporter reporter;

    FlaggingOptions(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    Options read(ExecutableElement method, AnnotationMirror annotation, FlaggingMode flaggingMode) {
        List<String> plain = readPlain(method, annotation);
        List<FlagOption> pairs = readPairs(method, annotation);
        if (!plain.isEmpty() && !pairs.isEmpty()) {
            reporter.error(Location.of(method, annotation, "flaggingOptionPairs"), Diagnostic.MIXED_FLAGGING_OPTIONS);
        }
        String member = pairs.isEmpty() ? "flaggingOptions" : "flaggingOptionPairs";
        if (!plain.isEmpty() || !pairs.isEmpty()) {
            Location at = Location.of(method, annotation, member);
            switch (flaggingMode) {
                case NEVER -> reporter.error(at, Diagnostic.OPTIONS_WITH_NEVER, member);
                case AUTO -> reporter.error(at, Diagnostic.OPTIONS_WITH_AUTO, member);
                case MANUAL -> {
                    // the options are shown
                }
            }
        }
        return new Options(plain, pairs);
    }

    private List<String> readPlain(ExecutableElement method, AnnotationMirror annotation) {
        Set<String> seen = new HashSet<>();
        for (AnnotationValue value : Mirrors.array(elements, annotation, "flaggingOptions")) {
            String option = (String) value.getValue();
            Location at = Location.of(method, annotation, value);
            if (option.isBlank()) {
                reporter.error(at, Diagnostic.INVALID_FLAGGING_OPTION, "flaggingOptions", "contain a blank option");
            } else if (!seen.add(option)) {
                reporter.error(at, Diagnostic.INVALID_FLAGGING_OPTION, "flaggingOptions",
                        "list \"" + option + "\" more than once");
            }
        }
        return Mirrors.strings(elements, annotation, "flaggingOptions");
    }

    private List<FlagOption> readPairs(ExecutableElement method, AnnotationMirror annotation) {
        Set<String> labels = new HashSet<>();
        Set<String> values = new HashSet<>();
        List<FlagOption> pairs = new ArrayList<>();
        for (AnnotationValue element : Mirrors.array(elements, annotation, "flaggingOptionPairs")) {
            AnnotationMirror pair = (AnnotationMirror) element.getValue();
            String label = Mirrors.string(elements, pair, "label");
            String value = Mirrors.string(elements, pair, "value");
            check(method, pair, "label", label, labels);
            check(method, pair, "value", value, values);
            pairs.add(new FlagOption(label, value));
        }
        return pairs;
    }

    private void check(ExecutableElement method, AnnotationMirror pair, String member, String text, Set<String> seen) {
        Location at = Location.of(method, pair, member);
        if (text.isBlank()) {
            reporter.error(at, Diagnostic.INVALID_FLAGGING_OPTION, "flaggingOptionPairs", "contain a blank " + member);
        } else if (!seen.add(text)) {
            reporter.error(at, Diagnostic.INVALID_FLAGGING_OPTION, "flaggingOptionPairs",
                    "list the " + member + " \"" + text + "\" more than once");
        }
    }
}
