package dev.pennant.processor.write;

import static dev.pennant.processor.write.RuntimeTypes.FLAGGING_MODE;
import static dev.pennant.processor.write.RuntimeTypes.INTERFACE_SPEC;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.FlagOption;
import dev.pennant.processor.model.FlaggingConfig;
import dev.pennant.processor.model.FlaggingMode;
import dev.pennant.processor.model.InterfaceModel;
import java.util.List;

/** The {@code InterfaceSpec.builder(…)…build()} expression: everything the runtime needs besides the call. */
final class SpecCode {
    private SpecCode() {
    }

    static CodeBlock spec(InterfaceModel model) {
        CodeBlock.Builder spec = CodeBlock.builder()
                .add("$T.builder($T.class, $S)\n$>$>", INTERFACE_SPEC, ClassName.get(model.method().declaringType()),
                        model.method().name());
        if (!model.method().isStatic()) {
            spec.add(".instanceMethod()\n");
        }
        FlaggingConfig flagging = model.flagging();
        spec.add(".apiName($S)\n", model.endpoint().apiName())
                .add(".title($S)\n", model.page().title())
                .add(".description($S)\n", model.page().description())
                .add(".article($S)\n", model.page().article())
                .add(".flaggingMode($L, $L)\n", flaggingMode(flagging.mode()), flagging.modeExplicit())
                .add(".flaggingDir($S)\n", flagging.directory());
        if (!flagging.options().isEmpty()) {
            spec.add(".flaggingOptions($L)\n", ComponentCode.strings(flagging.options()));
        }
        for (FlagOption pair : flagging.optionPairs()) {
            spec.add(".flaggingOption($S, $S)\n", pair.label(), pair.value());
        }
        model.examples().directory().ifPresent(directory -> spec.add(".examplesDir($S)\n", directory));
        for (List<String> example : model.examples().rows()) {
            spec.add(".example($L)\n", ComponentCode.strings(example));
        }
        model.endpoint().concurrencyLimit().ifPresent(limit -> spec.add(".concurrencyLimit($L)\n", limit));
        for (ComponentModel input : model.components().inputs()) {
            spec.add(".input($L)\n", ComponentCode.component(input));
        }
        for (ComponentModel output : model.components().returns().components()) {
            spec.add(".output($L)\n", ComponentCode.component(output));
        }
        return spec.add(".build()$<$<").build();
    }

    private static CodeBlock flaggingMode(FlaggingMode mode) {
        return CodeBlock.of("$T.$L", FLAGGING_MODE, mode.name());
    }
}
