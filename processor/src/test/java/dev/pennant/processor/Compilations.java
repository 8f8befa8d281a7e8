package dev.pennant.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Compiles test sources with the processor, as a user's build would. */
final class Compilations {
    private Compilations() {
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(new InterfaceProcessor(), sources);
    }

    static Compilation compile(InterfaceProcessor processor, JavaFileObject... sources) {
        return Compiler.javac()
                .withProcessors(processor)
                .withOptions("-Xlint:-options")
                .compile(sources);
    }

    /** A source file from its lines, so tests read like the code a user writes. */
    static JavaFileObject source(String qualifiedName, String... lines) {
        return JavaFileObjects.forSourceLines(qualifiedName, lines);
    }
}
