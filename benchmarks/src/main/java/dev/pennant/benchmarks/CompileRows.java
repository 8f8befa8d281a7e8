package dev.pennant.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compile time of generated {@code @Interface} methods through {@code javax.tools}: with Pennant's
 * processor on the processor path, and the same sources with {@code -proc:none}. Both runs share
 * this JVM, so they alternate after one warm-up each.
 */
final class CompileRows {

    private CompileRows() {}

    static List<Row> measure(Settings settings) throws Exception {
        Path root = Files.createTempDirectory("pennant-bench-compile-");
        try {
            List<Path> sources = AnnotatedSources.write(root.resolve("src"), settings.compileMethods());
            if (!settings.smoke()) {
                compile(root, sources, true, settings.compileMethods());
                compile(root, sources, false, settings.compileMethods());
            }
            double[] with = new double[settings.compileRuns()];
            double[] without = new double[settings.compileRuns()];
            for (int i = 0; i < settings.compileRuns(); i++) {
                with[i] = compile(root, sources, true, settings.compileMethods());
                without[i] = compile(root, sources, false, settings.compileMethods());
            }
            return List.of(Row.measured("compile " + settings.compileMethods() + " @Interface methods, median of "
                            + settings.compileRuns(), "ms", "javac -proc:none, same sources",
                    Stats.median(with), Stats.median(without), Target.atMost(1.5)));
        } finally {
            TempFiles.deleteTree(root);
        }
    }

    /** One compilation into a fresh output directory; returns milliseconds. */
    private static double compile(Path root, List<Path> sources, boolean withProcessor, int methods) throws Exception {
        Path out = Files.createTempDirectory(root, "classes-");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath",
                System.getProperty("java.class.path"), "-implicit:none", "-Xlint:none"));
        if (withProcessor) {
            options.addAll(List.of("-processorpath", processorPath(), "-processor",
                    "dev.pennant.processor.InterfaceProcessor"));
        } else {
            options.add("-proc:none");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        long start = System.nanoTime();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
            double millis = (System.nanoTime() - start) / 1e6;
            if (!ok) {
                throw new IllegalStateException("compilation failed:\n" + diagnostics.getDiagnostics());
            }
            if (withProcessor && generatedClasses(out) != methods) {
                throw new IllegalStateException("the processor generated " + generatedClasses(out) + " classes for "
                        + methods + " methods:\n" + diagnostics.getDiagnostics());
            }
            return millis;
        } finally {
            TempFiles.deleteTree(out);
        }
    }

    private static long generatedClasses(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_PennantInterface.class")).count();
        }
    }

    /** The processor and its one library, JavaPoet, wherever they are on this class path. */
    private static String processorPath() throws ClassNotFoundException, URISyntaxException {
        return location("dev.pennant.processor.InterfaceProcessor") + File.pathSeparator
                + location("com.palantir.javapoet.JavaFile");
    }

    private static String location(String className) throws ClassNotFoundException, URISyntaxException {
        return Path.of(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
