package dev.pennant.processor.diagnostic;

import com.sun.source.util.Trees;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;

/**
 * The one owner of javac's tree API: source positions that elements and annotation mirrors do not
 * give. Outside javac (or when a build tool wraps the environment) there is no tree API; then every
 * query answers empty and diagnostics fall back to the element.
 */
public final class SourceTrees {
    private final Trees trees;

    private SourceTrees(Trees trees) {
        this.trees = trees;
    }

    public static SourceTrees create(ProcessingEnvironment processingEnv) {
        try {
            return new SourceTrees(Trees.instance(processingEnv));
        } catch (IllegalArgumentException | LinkageError e) {
            return new SourceTrees(null);   // not javac, or a build tool wraps the environment
        }
    }

    /**
     * Where row {@code row} of {@code rows} repeated annotations named {@code annotationName} is written
     * on {@code method}, narrowed to its array value {@code value}, or to the whole row when {@code value}
     * is negative. Empty when the rows were not written as repeated annotations (a single one, or an
     * explicit container, which {@code Messager} locates by itself).
     */
    public Optional<Location> repeatedAnnotation(ExecutableElement method, String annotationName,
                                                 int rows, int row, int value) {
        if (trees == null || rows < 2) {
            return Optional.empty();
        }
        return new RepeatedAnnotations(trees, annotationName).find(method, rows, row, value);
    }

    /** A method annotated with the annotation in a local or anonymous class, which has no element yet. */
    public record LocalMethod(String name, String where, String packageName, Location location) {
    }

    /**
     * The methods annotated {@code annotationName} in local and anonymous classes of the compilation
     * units of {@code rootElements}: javac attributes those classes only after annotation processing,
     * so they have no elements yet and only the syntax trees show them.
     */
    public List<LocalMethod> methodsInLocalClasses(Iterable<? extends Element> rootElements, String annotationName) {
        if (trees == null) {
            return List.of();
        }
        return new LocalClasses(trees, annotationName).scan(rootElements);
    }

    static String simpleName(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    static String packageName(String qualifiedName) {
        return qualifiedName.substring(0, Math.max(0, qualifiedName.lastIndexOf('.')));
    }
}
