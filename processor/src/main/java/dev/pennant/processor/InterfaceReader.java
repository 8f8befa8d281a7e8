package dev.pennant.processor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads and validates one {@code @Interface} method into an {@link InterfaceModel}. Reports every
 * problem it finds (so one compile shows them all) and returns empty when there was any.
 */
final class InterfaceReader {
    private final Elements elements;
    private final Reporter reporter;
    private final Access access;
    private final MethodChecks methodChecks;
    private final InputReader inputs;
    private final OutputReader outputs;
    private final ApiNames apiNames;
    private final GeneratedNames generatedNames;

    InterfaceReader(Elements elements, Reporter reporter, ValueTypes valueTypes) {
        this.elements = elements;
        this.reporter = reporter;
        this.access = new Access(elements);
        this.methodChecks = new MethodChecks(reporter, access);
        this.inputs = new InputReader(elements, reporter, valueTypes, access);
        this.outputs = new OutputReader(elements, reporter, valueTypes, access);
        this.apiNames = new ApiNames(reporter);
        this.generatedNames = new GeneratedNames();
    }

    Optional<InterfaceModel> read(ExecutableElement method, AnnotationMirror annotation) {
        int errorsBefore = reporter.errorCount();
        TypeElement declaringType = (TypeElement) method.getEnclosingElement();
        String generatedPackage = access.packageOf(declaringType);

        methodChecks.check(method);

        String apiName = Mirrors.string(elements, annotation, "apiName");
        apiNames.check(method, annotation, apiName, declaringType.getQualifiedName().toString());
        String flaggingDir = Mirrors.string(elements, annotation, "flaggingDir");
        if (flaggingDir.isBlank()) {
            reporter.error(Location.of(method, annotation, "flaggingDir"), Diagnostic.BLANK_FLAGGING_DIR);
        }
        List<String> flaggingOptions = readFlaggingOptions(method, annotation);
        TypeElement callback = readFlaggingCallback(method, annotation);

        List<ComponentModel> inputModels = new ArrayList<>();
        for (VariableElement parameter : method.getParameters()) {
            inputs.read(parameter, generatedPackage).ifPresent(inputModels::add);
        }
        Optional<ReturnModel> returns = outputs.read(method, generatedPackage);

        if (reporter.errorCount() > errorsBefore || callback == null) {
            return Optional.empty();
        }
        checkUniqueLabels(method, inputModels, returns.get());
        if (reporter.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        String title = Mirrors.string(elements, annotation, "title");
        return Optional.of(new InterfaceModel(
                method,
                declaringType,
                generatedPackage,
                generatedNames.allocate(generatedPackage, method),
                method.getModifiers().contains(Modifier.STATIC),
                apiName,
                title.isEmpty() ? method.getSimpleName().toString() : title,
                Mirrors.string(elements, annotation, "description"),
                Mirrors.string(elements, annotation, "article"),
                Mirrors.enumConstant(elements, annotation, "flaggingMode"),
                Mirrors.isExplicit(annotation, "flaggingMode"),
                flaggingDir,
                flaggingOptions,
                callback,
                inputModels,
                returns.get()));
    }

    private List<String> readFlaggingOptions(ExecutableElement method, AnnotationMirror annotation) {
        List<AnnotationValue> values = Mirrors.array(elements, annotation, "flaggingOptions");
        Set<String> seen = new HashSet<>();
        for (AnnotationValue value : values) {
            String option = (String) value.getValue();
            Location at = new Location(method, annotation, value);
            if (option.isBlank()) {
                reporter.error(at, Diagnostic.INVALID_FLAGGING_OPTION, "contain a blank option");
            } else if (!seen.add(option)) {
                reporter.error(at, Diagnostic.INVALID_FLAGGING_OPTION, "list \"" + option + "\" more than once");
            }
        }
        return Mirrors.strings(elements, annotation, "flaggingOptions");
    }

    private TypeElement readFlaggingCallback(ExecutableElement method, AnnotationMirror annotation) {
        TypeMirror type = Mirrors.type(elements, annotation, "flaggingCallback");
        if (!(type instanceof DeclaredType declared)) {
            // javac has already reported the unusable class literal
            return null;
        }
        TypeElement callback = (TypeElement) declared.asElement();
        FlaggingCallbacks.whyNotInstantiable(callback).ifPresent(reason -> reporter.error(
                Location.of(method, annotation, "flaggingCallback"), Diagnostic.INVALID_FLAGGING_CALLBACK,
                callback.getQualifiedName(), reason));
        return callback;
    }

    private void checkUniqueLabels(ExecutableElement method, List<ComponentModel> inputModels, ReturnModel returns) {
        Set<String> labels = new HashSet<>();
        List<ComponentModel> all = new ArrayList<>(inputModels);
        all.addAll(returns.components());
        for (ComponentModel component : all) {
            if (!labels.add(component.label())) {
                reporter.error(Location.of(method), Diagnostic.DUPLICATE_LABEL, method.getSimpleName(), component.label());
            }
        }
    }
}
