package dev.pennant.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs what the processor generated: ServiceLoader finds it, its spec describes the method, its call calls it. */
class GeneratedInterfaceTest {
    @TempDir
    Path classes;

    private GeneratedInterface generate(javax.tools.JavaFileObject... sources) {
        Compilation compilation = Compilations.compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return GeneratedClassLoader.onlyInterface(compilation, classes);
    }

    private static List<String> labels(List<Component> components) {
        return components.stream().map(Component::label).toList();
    }

    @Test
    void theCalculatorAddsFiveAndSeven() throws Exception {
        GeneratedInterface calculator = generate(CalculatorSources.CALCULATOR);
        InterfaceSpec spec = calculator.spec();

        assertThat(spec.declaringClass().getName()).isEqualTo("demo.Calculator");
        assertThat(spec.methodName()).isEqualTo("calculator");
        assertThat(spec.isStatic()).isTrue();
        assertThat(spec.title()).isEqualTo("Calculator");
        assertThat(spec.apiName()).isEqualTo("predict");
        assertThat(spec.flaggingMode()).isEqualTo(FlaggingMode.MANUAL);
        assertThat(spec.flaggingModeExplicit()).isTrue();
        assertThat(spec.flaggingDir()).isEqualTo("flagged");
        assertThat(labels(spec.components())).containsExactly("num1", "operation", "num2", "Output").inOrder();
        assertThat(spec.inputs().get(0)).isEqualTo(Component.of(ComponentType.NUMBER, "num1", ValueType.of(double.class)));
        assertThat(spec.inputs().get(1)).isEqualTo(Component.of(ComponentType.RADIO, "operation", ValueType.of(String.class),
                Map.of("choices", List.of("add", "subtract", "multiply", "divide"))));
        assertThat(spec.outputs()).containsExactly(Component.of(ComponentType.NUMBER, "Output", ValueType.of(double.class)));
        assertThat(calculator.newFlaggingCallback()).isInstanceOf(CSVLogger.class);

        assertThat(calculator.call(null, List.of(5.0, "add", 7.0))).containsExactly(12.0);
        assertThat(calculator.call(null, List.of(6.0, "subtract", 1.5))).containsExactly(4.5);
    }

    @Test
    void anEnumParameterIsARadioOfItsConstants() throws Exception {
        GeneratedInterface greeter = generate(source("demo.Greeter",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Dropdown;",
                "public class Greeter {",
                "    public enum Tone { FRIENDLY, FORMAL }",
                "    @Interface(flaggingOptions = {\"Incorrect\", \"Offensive\"})",
                "    public static String greet(String name, Tone tone, @Dropdown Tone fallback) {",
                "        return (tone == Tone.FRIENDLY ? \"Hi \" : \"Good day, \") + name;",
                "    }",
                "}"));
        InterfaceSpec spec = greeter.spec();
        Class<?> tone = spec.declaringClass().getClassLoader().loadClass("demo.Greeter$Tone");
        Enum<?>[] constants = (Enum<?>[]) tone.getEnumConstants();

        assertThat(spec.title()).isEqualTo("greet");
        assertThat(spec.flaggingModeExplicit()).isFalse();
        assertThat(spec.flaggingOptions()).containsExactly(
                new dev.pennant.spi.FlagChoice("Flag as Incorrect", "Incorrect"),
                new dev.pennant.spi.FlagChoice("Flag as Offensive", "Offensive")).inOrder();
        assertThat(spec.inputs()).containsExactly(
                Component.of(ComponentType.TEXTBOX, "name", ValueType.of(String.class)),
                Component.of(ComponentType.RADIO, "tone", enumOf(tone, constants)),
                Component.of(ComponentType.DROPDOWN, "fallback", enumOf(tone, constants))).inOrder();
        assertThat(spec.outputs()).containsExactly(Component.of(ComponentType.TEXTBOX, "Output", ValueType.of(String.class)));

        assertThat(greeter.call(null, Arrays.asList("Ada", constants[1], constants[0]))).containsExactly("Good day, Ada");
    }

    /** The value type generated code states for an enum compiled in the test, known here only by reflection. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ValueType enumOf(Class<?> type, Enum<?>[] constants) {
        return ValueType.enumOf((Class) type, (Enum[]) constants);
    }

    @Test
    void anInstanceMethodIsCalledOnTheTarget() throws Exception {
        GeneratedInterface translator = generate(source("demo.Translator",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Textbox;",
                "public class Translator {",
                "    private final String suffix;",
                "    public Translator(String suffix) { this.suffix = suffix; }",
                "    @Interface(apiName = \"translate\")",
                "    @Textbox(label = \"German\")",
                "    public String translate(@Textbox(lines = 3, placeholder = \"English text\") String text) {",
                "        return text + suffix;",
                "    }",
                "}"));
        InterfaceSpec spec = translator.spec();
        Object target = spec.declaringClass().getConstructor(String.class).newInstance(" (auf Deutsch)");

        assertThat(spec.isStatic()).isFalse();
        assertThat(spec.apiName()).isEqualTo("translate");
        assertThat(spec.inputs()).containsExactly(Component.of(ComponentType.TEXTBOX, "text", ValueType.of(String.class),
                Map.of("lines", 3, "placeholder", "English text")));
        assertThat(spec.outputs()).containsExactly(Component.of(ComponentType.TEXTBOX, "German", ValueType.of(String.class)));

        assertThat(translator.call(target, List.of("hello"))).containsExactly("hello (auf Deutsch)");
    }

    @Test
    void aRecordReturnGivesOneOutputPerComponent() throws Exception {
        GeneratedInterface stats = generate(source("demo.Stats",
                "package demo;",
                "import dev.pennant.FlaggingMode;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Slider;",
                "public class Stats {",
                "    public record Result(double mean, int count, boolean positive) { }",
                "    @Interface(flaggingMode = FlaggingMode.NEVER, flaggingDir = \"stats_flags\")",
                "    public static Result summarize(@Slider(minimum = -10, maximum = 10, step = 0.5) double x, Integer n) {",
                "        return new Result(x / n, n, x > 0);",
                "    }",
                "}"));
        InterfaceSpec spec = stats.spec();

        assertThat(spec.flaggingMode()).isEqualTo(FlaggingMode.NEVER);
        assertThat(spec.flaggingDir()).isEqualTo("stats_flags");
        assertThat(spec.inputs()).containsExactly(
                Component.of(ComponentType.SLIDER, "x", ValueType.of(double.class),
                        Map.of("minimum", -10.0, "maximum", 10.0, "step", 0.5)),
                Component.of(ComponentType.NUMBER, "n", ValueType.of(Integer.class))).inOrder();
        assertThat(spec.outputs()).containsExactly(
                Component.of(ComponentType.NUMBER, "mean", ValueType.of(double.class)),
                Component.of(ComponentType.NUMBER, "count", ValueType.of(int.class)),
                Component.of(ComponentType.CHECKBOX, "positive", ValueType.of(boolean.class))).inOrder();

        assertThat(stats.call(null, List.of(9.0, 3))).containsExactly(3.0, 3, true).inOrder();
    }

    @Test
    void aMapOfConfidencesIsALabel() throws Exception {
        GeneratedInterface classifier = generate(source("demo.Classifier",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Label;",
                "import java.util.LinkedHashMap;",
                "import java.util.Map;",
                "public class Classifier {",
                "    @Interface",
                "    @Label(label = \"Prediction\")",
                "    public static Map<String, Double> classify(String text, boolean shout) {",
                "        Map<String, Double> confidences = new LinkedHashMap<>();",
                "        confidences.put(\"cat\", text.contains(\"meow\") ? 0.9 : 0.1);",
                "        confidences.put(\"dog\", text.contains(\"meow\") ? 0.1 : 0.9);",
                "        return confidences;",
                "    }",
                "}"));
        InterfaceSpec spec = classifier.spec();

        assertThat(spec.inputs().get(1)).isEqualTo(Component.of(ComponentType.CHECKBOX, "shout", ValueType.of(boolean.class)));
        assertThat(spec.outputs()).containsExactly(Component.of(ComponentType.LABEL, "Prediction", ValueType.of(Map.class)));

        Map<String, Double> expected = new LinkedHashMap<>();
        expected.put("cat", 0.9);
        expected.put("dog", 0.1);
        assertThat(classifier.call(null, List.of("meow", false))).containsExactly(expected);
    }

    @Test
    void aCustomFlaggingCallbackIsCreatedByTheGeneratedCode() throws Exception {
        GeneratedInterface echo = generate(
                source("demo.Echo",
                        "package demo;",
                        "import dev.pennant.Interface;",
                        "public class Echo {",
                        "    @Interface(flaggingCallback = demo.flags.CountingCallback.class)",
                        "    public static String echo(String text) { return text; }",
                        "}"),
                source("demo.flags.CountingCallback",
                        "package demo.flags;",
                        "import dev.pennant.components.Component;",
                        "import dev.pennant.flagging.FlaggingCallback;",
                        "import java.nio.file.Path;",
                        "import java.util.List;",
                        "public class CountingCallback implements FlaggingCallback {",
                        "    private int count;",
                        "    @Override public void setup(List<Component> components, Path dir) { }",
                        "    @Override public synchronized int flag(List<Object> data, String option, String user) {",
                        "        return ++count;",
                        "    }",
                        "}"));

        assertThat(echo.newFlaggingCallback().getClass().getName()).isEqualTo("demo.flags.CountingCallback");
        assertThat(echo.call(null, Arrays.asList((Object) null))).containsExactly((Object) null);
    }

    @Test
    void everyMethodOfAClassIsListedAndOverloadsGetDistinctNames() {
        Compilation compilation = Compilations.compile(source("demo.Tools",
                "package demo;",
                "import dev.pennant.Interface;",
                "public class Tools {",
                "    @Interface(apiName = \"twice_double\") public static double twice(double x) { return 2 * x; }",
                "    @Interface(apiName = \"twice_text\") public static String twice(String x) { return x + x; }",
                "    public static class Inner {",
                "        @Interface public static long square(long x) { return x * x; }",
                "    }",
                "}"));

        assertThat(compilation).succeededWithoutWarnings();
        ServiceLoader<GeneratedInterface> loader =
                ServiceLoader.load(GeneratedInterface.class, GeneratedClassLoader.of(compilation, classes));
        assertThat(loader.stream().map(p -> p.type().getName()).toList()).containsExactly(
                "demo.Tools_twice_PennantInterface",
                "demo.Tools_twice_2_PennantInterface",
                "demo.Tools_Inner_square_PennantInterface");
    }
}
