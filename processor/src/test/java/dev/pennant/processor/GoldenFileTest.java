package dev.pennant.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * What the processor writes for the guide's calculator, image classifier and sepia filter, compared
 * with golden files.
 *
 * <p>To regenerate the golden files after an intended change to the generated code, run
 * {@code ./mvnw -B -pl processor -am test -Dpennant.regenerateGolden=true} and review the diff in
 * {@code processor/src/test/resources/golden/}.
 */
class GoldenFileTest {
    private static final Path GOLDEN_DIR = Path.of("src/test/resources/golden");

    @Test
    void theCalculatorGeneratesTheGoldenClass() throws IOException {
        Compilation compilation = Compilations.compile(CalculatorSources.CALCULATOR);

        assertThat(compilation).succeededWithoutWarnings();
        assertMatchesGolden(compilation, "demo/Calculator_calculator_PennantInterface");
    }

    @Test
    void theImageClassifierGeneratesTheGoldenClass() throws IOException {
        Compilation compilation = Compilations.compile(ImageSources.IMAGE_CLASSIFIER);

        assertThat(compilation).succeededWithoutWarnings();
        assertMatchesGolden(compilation, "demo/ImageClassifier_imageClassifier_PennantInterface");
    }

    @Test
    void theSepiaFilterGeneratesTheGoldenClass() throws IOException {
        Compilation compilation = Compilations.compile(ImageSources.SEPIA);

        assertThat(compilation).succeededWithoutWarnings();
        assertMatchesGolden(compilation, "demo/Sepia_sepia_PennantInterface");
    }

    @Test
    void theServicesFileListsTheGeneratedClass() throws IOException {
        Compilation compilation = Compilations.compile(CalculatorSources.CALCULATOR);

        assertThat(compilation)
                .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/services/dev.pennant.spi.GeneratedInterface")
                .contentsAsUtf8String()
                .isEqualTo("demo.Calculator_calculator_PennantInterface\n");
    }

    private static void assertMatchesGolden(Compilation compilation, String qualifiedPath) throws IOException {
        String fileName = qualifiedPath.substring(qualifiedPath.lastIndexOf('/') + 1) + ".java";
        Path golden = GOLDEN_DIR.resolve(fileName);
        if (Boolean.getBoolean("pennant.regenerateGolden")) {
            JavaFileObject actual = compilation.generatedSourceFile(qualifiedPath.replace('/', '.')).orElseThrow();
            Files.writeString(golden, actual.getCharContent(true), StandardCharsets.UTF_8);
        }
        assertThat(compilation)
                .generatedSourceFile(qualifiedPath)
                .hasSourceEquivalentTo(JavaFileObjects.forResource(golden.toUri().toURL()));
        // equivalence ignores formatting; keep the file byte-for-byte honest too
        String actual = compilation.generatedSourceFile(qualifiedPath.replace('/', '.')).orElseThrow()
                .getCharContent(true).toString();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
