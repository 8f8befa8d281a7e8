package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.SourceTrees;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.model.Components;
import dev.pennant.processor.model.Endpoint;
import dev.pennant.processor.model.Examples;
import dev.pennant.processor.model.FlaggingConfig;
import dev.pennant.processor.model.GeneratedClass;
import dev.pennant.processor.model.InterfaceModel;
import dev.pennant.processor.model.MethodRef;
import dev.pennant.processor.model.PageTexts;
import dev.pennant.processor.model.ReturnModel;
import dev.pennant.processor.read.check.ApiNames;
import dev.pennant.processor.read.check.DirectoryNames;
import dev.pennant.processor.read.check.MethodChecks;
import dev.pennant.processor.read.check.UniqueLabels;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads and validates one {@code @Interface} method into an {@link InterfaceModel}. Reports every
 * problem it finds (so one compile shows them all) and returns empty when there was any.
 */
public final class InterfaceReader {
    private final ReadContext context;
    private final Reporter reporter;
    private final ApiNames apiNames = new ApiNames();
    private final GeneratedNames generatedNames = new GeneratedNames();
    private final ParametersReader parameters;
    private final InlineExamples inlineExamples;
    private final OutputReader outputs;

    public InterfaceReader(Elements elements, Types types, Reporter reporter, SourceTrees sourceTrees) {
        this.context = ReadContext.of(elements, types, reporter, sourceTrees);
        this.reporter = reporter;
        this.parameters = new ParametersReader(context);
        this.inlineExamples = new InlineExamples(context);
        this.outputs = new OutputReader(context);
    }

    /** The model of {@code method}, annotated with {@code annotation} (its {@code @Interface}). */
    public Optional<InterfaceModel> read(ExecutableElement method, AnnotationMirror annotation) {
        int errorsBefore = reporter.errorCount();
        AnnotationValues values = context.values(method, annotation);
        TypeElement declaringType = (TypeElement) method.getEnclosingElement();
        String generatedPackage = context.access().packageOf(declaringType);

        MethodChecks.check(reporter, context.access(), method);
        apiNames.check(values, declaringType.getQualifiedName().toString());
        Optional<FlaggingConfig> flagging = FlaggingReader.read(values);
        Optional<String> examplesDir = readExamplesDir(values);
        OptionalInt concurrencyLimit = readConcurrencyLimit(values);
        ParametersReader.Parameters inputs = parameters.read(method, generatedPackage);
        List<AnnotationMirror> exampleRows = inlineExamples.find(method);
        if (!exampleRows.isEmpty() && examplesDir.isPresent()) {
            values.error("examples", Diagnostic.EXAMPLES_TWICE);
        }
        List<List<String>> examples = inlineExamples.read(method, exampleRows, inputs.inputs(), inputs.labels());
        Optional<ReturnModel> returns = outputs.read(method, generatedPackage);

        if (reporter.errorCount() > errorsBefore || flagging.isEmpty()) {
            return Optional.empty();
        }
        List<ComponentModel> all = new ArrayList<>(inputs.components());
        all.addAll(returns.get().components());
        UniqueLabels.check(reporter, method, all);
        if (reporter.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new InterfaceModel(
                new GeneratedClass(generatedPackage, generatedNames.allocate(generatedPackage, method)),
                new MethodRef(method, declaringType, method.getModifiers().contains(Modifier.STATIC)),
                new Endpoint(values.string("apiName"), concurrencyLimit),
                new PageTexts(values.nonEmptyString("title").orElse(method.getSimpleName().toString()),
                        values.string("description"), values.string("article")),
                flagging.get(),
                new Examples(examplesDir, examples),
                new Components(inputs.components(), inputs.progress(), returns.get())));
    }

    /** The examples directory when written; written but blank is a mistake, not "no examples". */
    private static Optional<String> readExamplesDir(AnnotationValues annotation) {
        if (!annotation.isExplicit("examples")) {
            return Optional.empty();
        }
        String directory = annotation.string("examples");
        if (directory.isBlank()) {
            annotation.error("examples", Diagnostic.BLANK_EXAMPLES_DIR);
        } else {
            DirectoryNames.check(annotation, "examples", directory);
        }
        return Optional.of(directory);
    }

    private static OptionalInt readConcurrencyLimit(AnnotationValues annotation) {
        if (!annotation.isExplicit("concurrencyLimit")) {
            return OptionalInt.empty();
        }
        int limit = annotation.intValue("concurrencyLimit");
        if (limit < 1) {
            annotation.error("concurrencyLimit", Diagnostic.CONCURRENCY_LIMIT, limit);
        }
        return OptionalInt.of(limit);
    }
}
