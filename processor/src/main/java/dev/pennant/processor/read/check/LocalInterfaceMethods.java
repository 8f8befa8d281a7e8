package dev.pennant.processor.read.check;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Reporter;
import dev.pennant.processor.diagnostic.SourceTrees;
import dev.pennant.processor.read.mirror.AnnotationNames;
import javax.lang.model.element.Element;

/**
 * Reports {@code @Interface} methods in local and anonymous classes, which generated code cannot
 * reach. javac hands processors no elements for them, so only the syntax trees show them; this runs
 * in rounds where javac calls this processor (some other {@code @Interface} method is in the
 * compilation), and does nothing outside javac.
 */
public final class LocalInterfaceMethods {
    private LocalInterfaceMethods() {
    }

    public static void report(SourceTrees sourceTrees, Reporter reporter, Iterable<? extends Element> rootElements) {
        for (SourceTrees.LocalMethod method : sourceTrees.methodsInLocalClasses(rootElements, AnnotationNames.INTERFACE)) {
            reporter.error(method.location(), Diagnostic.UNREACHABLE_CLASS, method.name(), method.where(),
                    method.packageName(), "it is a local or anonymous class");
        }
    }
}
