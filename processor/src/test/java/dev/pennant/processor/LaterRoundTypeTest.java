package dev.pennant.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.pennant.components.ComponentType;
import dev.pennant.spi.GeneratedInterface;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A parameter type another processor generates is waited for, round by round, not reported as unsupported. */
class LaterRoundTypeTest {
    @TempDir
    Path classes;

    /** Stands in for any processor that writes a type the user's method already names. */
    static final class MoodGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
            if (!done) {
                done = true;
                try (Writer writer = processingEnv.getFiler().createSourceFile("demo.Mood").openWriter()) {
                    writer.write("package demo; public enum Mood { HAPPY, SAD }");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void anEnumGeneratedInALaterRoundBecomesARadio() throws Exception {
        Compilation compilation = Compiler.javac()
                .withProcessors(new InterfaceProcessor(), new MoodGenerator())
                .withOptions("-Xlint:-options")
                .compile(source("demo.Diary",
                        "package demo;",
                        "import dev.pennant.Interface;",
                        "public class Diary {",
                        "    @Interface",
                        "    public static String write(Mood mood) { return \"Feeling \" + mood; }",
                        "}"));

        assertThat(compilation).succeededWithoutWarnings();
        GeneratedInterface diary = GeneratedClassLoader.onlyInterface(compilation, classes);
        assertThat(diary.spec().inputs().get(0).type()).isEqualTo(ComponentType.RADIO);
        Object sad = diary.spec().inputs().get(0).valueType().constants().get(1);
        assertThat(diary.call(null, List.of(sad))).containsExactly("Feeling SAD");
    }
}
