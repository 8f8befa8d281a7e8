package dev.pennant.processor;

import com.google.auto.service.AutoService;
import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.SourceTrees;
import dev.pennant.processor.model.InterfaceModel;
import dev.pennant.processor.read.InterfaceReader;
import dev.pennant.processor.read.check.LocalInterfaceMethods;
import dev.pennant.processor.read.mirror.AnnotationNames;
import dev.pennant.processor.read.mirror.Mirrors;
import dev.pennant.processor.write.InterfaceWriter;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Turns each {@code @dev.pennant.Interface} method into a generated {@code GeneratedInterface}:
 * {@link InterfaceReader} reads and validates it into a model, {@link InterfaceWriter} writes it. This
 * class runs the rounds: it defers methods whose types are not generated yet, and lists every generated
 * class in a services file in the last round.
 */
@AutoService(Processor.class)
public final class InterfaceProcessor extends AbstractProcessor {

    private Elements elements;
    private Reporter reporter;
    private SourceTrees sourceTrees;
    private InterfaceReader reader;
    private InterfaceWriter writer;
    private final DeferredMethods deferred = new DeferredMethods();
    private final ServicesFile servicesFile = new ServicesFile();
    /** Runs before each method is read; tests use it to stand in for a bug in the processor. */
    private final Consumer<ExecutableElement> beforeEachMethod;

    public InterfaceProcessor() {
        this(method -> { });
    }

    InterfaceProcessor(Consumer<ExecutableElement> beforeEachMethod) {
        this.beforeEachMethod = beforeEachMethod;
    }

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        elements = processingEnv.getElementUtils();
        reporter = new Reporter(processingEnv.getMessager());
        sourceTrees = SourceTrees.create(processingEnv);
        reader = new InterfaceReader(elements, processingEnv.getTypeUtils(), reporter, sourceTrees);
        writer = new InterfaceWriter(processingEnv.getFiler());
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(AnnotationNames.INTERFACE);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
        if (roundEnv.processingOver()) {
            reportStillUnresolved();
            writeServicesFile();
            return false;
        }
        List<ExecutableElement> methods = deferred.take(elements);
        for (TypeElement annotation : annotations) {
            methods.addAll(ElementFilter.methodsIn(roundEnv.getElementsAnnotatedWith(annotation)));
        }
        methods.sort(DeferredMethods.SOURCE_ORDER);
        for (ExecutableElement method : methods) {
            processMethod(method);
        }
        reportLocalMethods(roundEnv);
        return false;
    }

    private void processMethod(ExecutableElement method) {
        try {
            beforeEachMethod.accept(method);
            AnnotationMirror annotation = Mirrors.find(method, AnnotationNames.INTERFACE).orElseThrow();
            if (UnresolvedTypes.find(elements, method, annotation).isPresent()) {
                deferred.defer(method);
                return;
            }
            Optional<InterfaceModel> model = reader.read(method, annotation);
            if (model.isPresent()) {
                writer.write(model.get());
                servicesFile.add(model.get().generated().qualifiedName(), method);
            }
        } catch (IOException e) {
            reporter.error(Location.of(method), Diagnostic.WRITE_FAILED, "the generated class", e);
        } catch (RuntimeException e) {
            reporter.unexpected(Location.of(method), e);
        }
    }

    /** Methods javac does not hand to processors (in local or anonymous classes) can only be reported. */
    private void reportLocalMethods(RoundEnvironment roundEnv) {
        try {
            LocalInterfaceMethods.report(sourceTrees, reporter, roundEnv.getRootElements());
        } catch (RuntimeException e) {
            reporter.errorWithoutLocation(Diagnostic.UNEXPECTED_ERROR, e);
        }
    }

    private void reportStillUnresolved() {
        for (ExecutableElement method : deferred.take(elements)) {
            try {
                AnnotationMirror annotation = Mirrors.find(method, AnnotationNames.INTERFACE).orElseThrow();
                TypeMirror missing = UnresolvedTypes.find(elements, method, annotation).orElse(null);
                reporter.error(Location.of(method), Diagnostic.UNRESOLVED_TYPE, missing, method.getSimpleName());
            } catch (RuntimeException e) {
                reporter.unexpected(Location.of(method), e);
            }
        }
    }

    private void writeServicesFile() {
        try {
            servicesFile.write(processingEnv.getFiler());
        } catch (IOException e) {
            reporter.errorWithoutLocation(Diagnostic.WRITE_FAILED, ServicesFile.PATH, e);
        }
    }
}
