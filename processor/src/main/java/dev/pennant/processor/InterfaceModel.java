package dev.pennant.processor;

import java.util.List;
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
 * @param flaggingCallback the callback class generated code instantiates
 * @param inputs one component per parameter, in order
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
        TypeElement flaggingCallback,
        List<ComponentModel> inputs,
        ReturnModel returns) {

    InterfaceModel {
        flaggingOptions = List.copyOf(flaggingOptions);
        inputs = List.copyOf(inputs);
    }

    String methodName() {
        return method.getSimpleName().toString();
    }

    String qualifiedGeneratedName() {
        return generatedPackage.isEmpty() ? generatedName : generatedPackage + "." + generatedName;
    }
}
