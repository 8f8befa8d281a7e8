package dev.pennant.processor;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writer needs for one {@code @Interface} method, already validated.
 *
 * @param method the annotated method (the generated type's originating element)
 * @param declaringType the class declaring the method
 * @param generatedPackage the package of the generated class (the declaring class's package)
 * @param generatedName the simple name of the generated class
 * @param isStatic whether the method is static
 * @param flaggingMode the name of the {@code FlaggingMode} constant
 * @param flaggingModeExplicit whether the annotation wrote {@code flaggingMode}
 * @param flaggingOptions plain options ("Flag as X" buttons)
 * @param flaggingOptionPairs options with their own button labels (never both kinds)
 * @param examplesDir the {@code examples} directory, when written
 * @param examples inline {@code @Example} rows, one text value per input
 * @param concurrencyLimit the {@code concurrencyLimit}, when written
 * @param flaggingCallback the callback class generated code instantiates
 * @param inputs one component per parameter except a {@code Progress} one, in order
 * @param progressParameter the position of the {@code Progress} parameter among all parameters, or -1
 * @param returns the output components and how to read them from the returned value
 */
record InterfaceModel(
        ExecutableElement method,
        TypeElement declaringType,
        String generatedPackage,
        String generatedName,
        boolean isStatic,
        String apiName,
        String title,
        String description,
        String article,
        String flaggingMode,
        boolean flaggingModeExplicit,
        String flaggingDir,
        List<String> flaggingOptions,
        List<FlaggingOptions.Pair> flaggingOptionPairs,
        Optional<String> examplesDir,
        List<List<String>> examples,
        OptionalInt concurrencyLimit,
        TypeElement flaggingCallback,
        List<ComponentModel> inputs,
        int progressParameter,
        ReturnModel returns) {

    InterfaceModel {
        flaggingOptions = List.copyOf(flaggingOptions);
        flaggingOptionPairs = List.copyOf(flaggingOptionPairs);
        examples = examples.stream().map(List::copyOf).toList();
        inputs = List.copyOf(inputs);
    }

    boolean takesProgress() {
        return progressParameter >= 0;
    }

    String methodName() {
        return method.getSimpleName().toString();
    }

    String qualifiedGeneratedName() {
        return generatedPackage.isEmpty() ? generatedName : generatedPackage + "." + generatedName;
    }
}
