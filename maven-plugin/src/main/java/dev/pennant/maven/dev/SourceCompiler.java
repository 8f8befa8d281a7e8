package dev.pennant.maven.dev;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles all of the project's sources with the annotation processor, in this JVM, into a fresh
 * directory: a full build per change keeps the generated classes and the services file consistent,
 * and a small project compiles in well under a second once javac is warm.
 */
final class SourceCompiler {
    private final JavaCompiler javac;
    private final Path projectDir;
    private final List<Path> classpath;
    private final Optional<List<Path>> processorPath;
    private final List<String> options;

    SourceCompiler(Path projectDir, List<Path> classpath, Optional<List<Path>> processorPath, List<String> options) {
        this.javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("Dev mode compiles with the JDK's compiler; run Maven with a JDK, not a JRE");
        }
        this.projectDir = projectDir;
        this.classpath = List.copyOf(classpath);
        this.processorPath = processorPath.map(List::copyOf);
        this.options = List.copyOf(options);
    }

    CompileResult compile(List<Path> sources, Path classesDir, Path generatedSourcesDir) throws IOException {
        if (sources.isEmpty()) {
            return new CompileResult(List.of("error: no Java sources found"), List.of());
        }
        Files.createDirectories(classesDir);
        Files.createDirectories(generatedSourcesDir);
        List<String> arguments = new ArrayList<>(options);
        arguments.addAll(List.of("-d", classesDir.toString(), "-s", generatedSourcesDir.toString(),
                "-classpath", joined(classpath)));
        processorPath.ifPresent(path -> arguments.addAll(List.of("-processorpath", joined(path))));

        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter otherOutput = new StringWriter();
        boolean succeeded;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            succeeded = javac.getTask(otherOutput, files, diagnostics, arguments, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new CompileResult(List.of("error: " + e.getMessage()), List.of());
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            switch (diagnostic.getKind()) {
                case ERROR -> errors.add(DiagnosticText.of(diagnostic, projectDir));
                case WARNING, MANDATORY_WARNING -> warnings.add(DiagnosticText.of(diagnostic, projectDir));
                default -> { }
            }
        }
        if (!succeeded && errors.isEmpty()) {
            errors.add("error: " + (otherOutput.toString().isBlank() ? "javac failed without a message" : otherOutput.toString().strip()));
        }
        return new CompileResult(errors, warnings);
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
