package dev.pennant.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/** The one place diagnostics are printed; counts errors so each step can tell whether it failed. */
final class Reporter {
    private final Messager messager;
    private int errorCount;

    Reporter(Messager messager) {
        this.messager = messager;
    }

    void error(Location at, Diagnostic diagnostic, Object... args) {
        errorCount++;
        messager.printMessage(Kind.ERROR, diagnostic.format(args), at.element(), at.annotation(), at.value());
    }

    /** For code javac has not turned into elements yet (local classes during processing). */
    void error(Trees trees, Tree tree, CompilationUnitTree unit, Diagnostic diagnostic, Object... args) {
        errorCount++;
        trees.printMessage(Kind.ERROR, diagnostic.format(args), tree, unit);
    }

    /** A bug in the processor: an error on the method with the trace, instead of a javac crash. */
    void unexpected(Location at, RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        error(at, Diagnostic.UNEXPECTED_ERROR, trace);
    }

    int errorCount() {
        return errorCount;
    }
}
