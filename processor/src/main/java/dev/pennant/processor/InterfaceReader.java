package dev.pennant.processor;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.diagnostic.MessageText;
import dev.pennant.processor.diagnostic.SourceTrees;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.Components;
import dev.pennant.processor.model.Endpoint;
import dev.pennant.processor.model.Examples;
import dev.pennant.processor.model.FlaggingConfig;
import dev.pennant.processor.model.FlaggingMode;
import dev.pennant.processor.model.GeneratedClass;
import dev.pennant.processor.model.InterfaceModel;
import dev.pennant.processor.model.MethodRef;
import dev.pennant.processor.model.PageTexts;
import dev.pennant.processor.model.ReturnModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

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
    private final ValueTypes valueTypes;
    private final FlaggingOptions flaggingOptions;
    private final InlineExamples inlineExamples;

    InterfaceReader(Elements elements, Types types, Reporter reporter, SourceTrees sourceTrees) {
        this.elements = elements;
        this.reporter = reporter;
        this.valueTypes = new ValueTypes(elements, types);
        this.access = new Access(elements);
        this.methodChecks = new MethodChecks(reporter, access);
        this.inputs = new InputReader(elements, reporter, valueTypes, access);
        this.outputs = new OutputReader(elements, reporter, valueTypes, access, new JsonShapes(types, valueTypes, access));
        this.apiNames = new ApiNames(reporter);
        this.generatedNames = new GeneratedNames();
        this.flaggingOptions = new FlaggingOptions(elements, reporter);
        this.inlineExamples = new InlineExamples(elements, reporter, sourceTrees);
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
        } else {
            checkDirectoryName(method, annotation, "flaggingDir", flaggingDir);
        }
        FlaggingMode flaggingMode = FlaggingMode.valueOf(Mirrors.enumConstant(elements, annotation, "flaggingMode"));
        FlaggingOptions.Options options = flaggingOptions.read(method, annotation, flaggingMode);
        TypeElement callback = readFlaggingCallback(method, annotation);
        Optional<String> examplesDir = readExamplesDir(method, annotation);
        OptionalInt concurrencyLimit = readConcurrencyLimit(method, annotation);

        List<ComponentModel> inputModels = new ArrayList<>();
        List<Optional<ComponentModel>> readInputs = new ArrayList<>();
        List<String> inputLabels = new ArrayList<>();
        OptionalInt progressParameter = OptionalInt.empty();
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            VariableElement parameter = parameters.get(i);
            if (valueTypes.isProgress(parameter.asType())) {
                if (checkProgress(method, parameter, progressParameter.isPresent())) {
                    progressParameter = OptionalInt.of(i);
                }
            } else {
                Optional<ComponentModel> input = inputs.read(parameter, generatedPackage);
                input.ifPresent(inputModels::add);
                readInputs.add(input);
                inputLabels.add(input.map(ComponentModel::label).orElse(parameter.getSimpleName().toString()));
            }
        }
        List<AnnotationMirror> exampleRows = InlineExamples.find(elements, method);
        if (!exampleRows.isEmpty() && examplesDir.isPresent()) {
            reporter.error(Location.of(method, annotation, "examples"), Diagnostic.EXAMPLES_TWICE);
        }
        List<List<String>> examples = inlineExamples.read(method, exampleRows, readInputs, inputLabels);
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
                new GeneratedClass(generatedPackage, generatedNames.allocate(generatedPackage, method)),
                new MethodRef(method, declaringType, method.getModifiers().contains(Modifier.STATIC)),
                new Endpoint(apiName, concurrencyLimit),
                new PageTexts(title.isEmpty() ? method.getSimpleName().toString() : title,
                        Mirrors.string(elements, annotation, "description"),
                        Mirrors.string(elements, annotation, "article")),
                new FlaggingConfig(flaggingMode, Mirrors.isExplicit(annotation, "flaggingMode"), flaggingDir,
                        options.plain(), options.pairs(), callback),
                new Examples(examplesDir, examples),
                new Components(inputModels, progressParameter, returns.get())));
    }

    private void checkDirectoryName(ExecutableElement method, AnnotationMirror annotation, String member, String directory) {
        DirectoryNames.problem(directory).ifPresent(problem -> reporter.error(Location.of(method, annotation, member),
                Diagnostic.INVALID_DIRECTORY_NAME, member, MessageText.shown(directory), problem.what(), problem.why()));
    }

    /** The examples directory when written; written but blank is a mistake, not "no examples". */
    private Optional<String> readExamplesDir(ExecutableElement method, AnnotationMirror annotation) {
        if (!Mirrors.isExplicit(annotation, "examples")) {
            return Optional.empty();
        }
        String directory = Mirrors.string(elements, annotation, "examples");
        if (directory.isBlank()) {
            reporter.error(Location.of(method, annotation, "examples"), Diagnostic.BLANK_EXAMPLES_DIR);
        } else {
            checkDirectoryName(method, annotation, "examples", directory);
        }
        return Optional.of(directory);
    }

    private OptionalInt readConcurrencyLimit(ExecutableElement method, AnnotationMirror annotation) {
        if (!Mirrors.isExplicit(annotation, "concurrencyLimit")) {
            return OptionalInt.empty();
        }
        int limit = Mirrors.intValue(elements, annotation, "concurrencyLimit");
        if (limit < 1) {
            reporter.error(Location.of(method, annotation, "concurrencyLimit"), Diagnostic.CONCURRENCY_LIMIT, limit);
        }
        return OptionalInt.of(limit);
    }

    /** A Progress parameter is passed by the runtime: one at most, and no component annotation on it. */
    private boolean checkProgress(ExecutableElement method, VariableElement parameter, boolean earlierProgress) {
        List<AnnotationMirror> annotations = Mirrors.findAll(parameter, AnnotationNames.INPUT_COMPONENTS);
        if (!annotations.isEmpty()) {
            reporter.error(Location.of(parameter, annotations.get(0)), Diagnostic.COMPONENT_TYPE_MISMATCH,
                    Mirrors.simpleNameOf(annotations.get(0)), parameter.asType(),
                    InputReader.parameterTypesFor(Mirrors.nameOf(annotations.get(0)))
                            + " (a Progress parameter is not a component: remove the annotation)");
            return false;
        }
        if (earlierProgress) {
            reporter.error(Location.of(parameter), Diagnostic.SEVERAL_PROGRESS, parameter.getSimpleName(),
                    method.getSimpleName());
            return false;
        }
        return true;
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
