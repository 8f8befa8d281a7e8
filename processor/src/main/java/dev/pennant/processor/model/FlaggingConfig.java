package dev.pennant.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * How the interface flags.
 *
 * @param mode the mode, written or defaulted
 * @param modeExplicit whether the annotation wrote {@code flaggingMode} (the environment may override a default)
 * @param directory the flagging directory
 * @param options plain options ("Flag as X" buttons)
 * @param optionPairs options with their own button labels (never both kinds)
 * @param callback the callback class generated code instantiates
 */
public record FlaggingConfig(FlaggingMode mode, boolean modeExplicit, String directory, List<String> options,
                             List<FlagOption> optionPairs, TypeElement callback) {

    public FlaggingConfig {
        options = List.copyOf(options);
        optionPairs = List.copyOf(optionPairs);
    }
}
