package dev.pennant.processor.diagnostic;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.tools.Diagnostic.Kind;

/** The one place diagnostics are printed; counts errors so each step can tell whether it failed. */
public final class Reporter {
    private final Messager messager;
    private int errorCount;

    public Reporter(Messager messager) {
        this.messager = messager;
    }

    public void error(Location at, Diagnostic diagnostic, Object... args) {
        errorCount++;
        String message = diagnostic.format(args);
        if (at instanceof ElementLocation element) {
            messager.printMessage(Kind.ERROR, message, element.element(), element.annotation(), element.value());
        } else if (at instanceof TreeLocation tree) {
            tree.trees().printMessage(Kind.ERROR, message, tree.tree(), tree.unit());
        }
    }

    /** For failures that belong to no element of the source, such as writing the services file. */
    public void errorWithoutLocation(Diagnostic diagnostic, Object... args) {
        errorCount++;
        messager.printMessage(Kind.ERROR, diagnostic.format(args));
    }

    /** A bug in the processor: an error on the method with the trace, instead of a javac crash. */
    public void unexpected(Location at, RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        error(at, Diagnostic.UNEXPECTED_ERROR, trace);
    }

    public int errorCount() {
        return errorCount;
    }
}
