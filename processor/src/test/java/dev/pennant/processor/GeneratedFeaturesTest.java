package dev.pennant.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.pennant.Progress;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.spi.FlagChoice;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs what the processor generates for flagging option pairs, examples, defaults, concurrency,
 * images and files, JSON outputs and progress.
 */
class GeneratedFeaturesTest {
    @TempDir
    Path classes;

    private GeneratedInterface generate(javax.tools.JavaFileObject... sources) {
        Compilation compilation = Compilations.compile(sources);
        assertThat(compilation).succeededWithoutWarnings();
        return GeneratedClassLoader.onlyInterface(compilation, classes);
    }

    @Test
    void theGuidesLabelValuePairsKeepTheirLabelsAndValues() {
        InterfaceSpec spec = generate(source("demo.Model",
                "package demo;",
                "import dev.pennant.FlagOption;",
                "import dev.pennant.Interface;",
                "public class Model {",
                "    @Interface(flaggingOptionPairs = {",
                "            @FlagOption(label = \"Mark as incorrect\", value = \"incorrect\"),",
                "            @FlagOption(label = \"Mark as offensive\", value = \"offensive\"),",
                "            @FlagOption(label = \"Mark as problematic\", value = \"problematic\")},",
                "            examples = \"./flagged\",",
                "            concurrencyLimit = 4)",
                "    public static String model(String text) { return text; }",
                "}")).spec();

        assertThat(spec.flaggingOptions()).containsExactly(
                new FlagChoice("Mark as incorrect", "incorrect"),
                new FlagChoice("Mark as offensive", "offensive"),
                new FlagChoice("Mark as problematic", "problematic")).inOrder();
        assertThat(spec.examplesDir()).isEqualTo("./flagged");
        assertThat(spec.concurrencyLimit()).isEqualTo(4);
    }

    @Test
    void unwrittenMembersKeepTheRuntimeDefaults() {
        InterfaceSpec spec = generate(CalculatorSources.CALCULATOR).spec();

        assertThat(spec.examplesDir()).isEmpty();
        assertThat(spec.examples()).isEmpty();
        assertThat(spec.concurrencyLimit()).isEqualTo(1);
        assertThat(spec.inputs().get(1).props()).doesNotContainKey("value");
    }

    @Test
    void inlineExamplesAreListedAsWrittenOnePerRow() {
        InterfaceSpec spec = generate(source("demo.Calculator",
                "package demo;",
                "import dev.pennant.Example;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Radio;",
                "public class Calculator {",
                "    @Interface",
                "    @Example({\"5\", \"add\", \"7\"})",
                "    @Example({\"6\", \"subtract\", \"1.5\"})",
                "    public static double calculator(double num1, @Radio({\"add\", \"subtract\"}) String operation, double num2) {",
                "        return operation.equals(\"add\") ? num1 + num2 : num1 - num2;",
                "    }",
                "}")).spec();

        assertThat(spec.examples()).containsExactly(List.of("5", "add", "7"), List.of("6", "subtract", "1.5")).inOrder();
    }

    @Test
    void aSingleExampleIsListedToo() {
        InterfaceSpec spec = generate(source("demo.Echo",
                "package demo;",
                "import dev.pennant.Example;",
                "import dev.pennant.Interface;",
                "public class Echo {",
                "    @Interface",
                "    @Example(\"hello\")",
                "    public static String echo(String text) { return text; }",
                "}")).spec();

        assertThat(spec.examples()).containsExactly(List.of("hello"));
    }

    @Test
    void writtenDefaultValuesBecomeTheValueProp() {
        InterfaceSpec spec = generate(source("demo.Form",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.*;",
                "import dev.pennant.components.Number;",
                "public class Form {",
                "    public enum Size { S, M, L }",
                "    @Interface",
                "    public static String form(@Radio(value = {\"add\", \"subtract\"}, defaultValue = \"subtract\") String operation,",
                "                              @Dropdown(defaultValue = \"M\") Size size,",
                "                              @Textbox(defaultValue = \"Ada\") String name,",
                "                              @Number(defaultValue = 7) double count,",
                "                              @Slider(minimum = 0, maximum = 10, defaultValue = 2.5) double level,",
                "                              @Checkbox(defaultValue = true) boolean loud,",
                "                              @Checkbox boolean quiet) {",
                "        return name;",
                "    }",
                "}")).spec();

        List<Object> defaults = new ArrayList<>();
        spec.inputs().forEach(input -> defaults.add(input.props().get("value")));
        assertThat(defaults).containsExactly("subtract", "M", "Ada", 7.0, 2.5, true, null).inOrder();
    }

    @Test
    void imagesAndFilesPickTheirValueTypes() throws Exception {
        GeneratedInterface files = generate(source("demo.Files",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.File;",
                "import dev.pennant.components.Image;",
                "import java.awt.image.BufferedImage;",
                "import java.nio.file.Path;",
                "public class Files {",
                "    @Interface",
                "    @File(label = \"Report\")",
                "    public static Path files(BufferedImage picture, @Image byte[] raw, @Image(label = \"scan\") Path scan,",
                "                             Path attachment, @File Path notes) {",
                "        return notes;",
                "    }",
                "}"));
        InterfaceSpec spec = files.spec();

        assertThat(spec.inputs()).containsExactly(
                Component.of(ComponentType.IMAGE, "picture", ValueType.of(BufferedImage.class)),
                Component.of(ComponentType.IMAGE, "raw", ValueType.of(byte[].class)),
                Component.of(ComponentType.IMAGE, "scan", ValueType.of(Path.class)),
                Component.of(ComponentType.FILE, "attachment", ValueType.of(Path.class)),
                Component.of(ComponentType.FILE, "notes", ValueType.of(Path.class))).inOrder();
        assertThat(spec.outputs()).containsExactly(Component.of(ComponentType.FILE, "Report", ValueType.of(Path.class)));

        Path notes = Path.of("notes.txt");
        assertThat(files.call(null, Arrays.asList(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB),
                new byte[] {1}, Path.of("scan.png"), Path.of("a.pdf"), notes))).containsExactly(notes);
    }

    @Test
    void theSepiaFilterReturnsAnImage() throws Exception {
        GeneratedInterface sepia = generate(ImageSources.SEPIA);
        BufferedImage white = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        white.setRGB(0, 0, 0xffffff);

        List<Object> outputs = sepia.call(null, List.of(white));

        BufferedImage toned = (BufferedImage) outputs.get(0);
        assertThat(toned.getWidth()).isEqualTo(2);
        assertThat(Integer.toHexString(toned.getRGB(0, 0) & 0xffffff)).isEqualTo("ffffee");
    }

    @Test
    void aJsonRecordArrivesAsMapsWithNestedRecordsListsAndMapsConverted() throws Exception {
        GeneratedInterface report = generate(source("demo.Report",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Json;",
                "import java.util.List;",
                "import java.util.Map;",
                "public class Report {",
                "    public record Point(int x, int y) { }",
                "    public record Shape(String name, Point origin, List<Point> corners, Map<String, Point> marks,",
                "                        Map<String, Object> extra, Shape inner) { }",
                "    @Interface",
                "    @Json(label = \"Shape\")",
                "    public static Shape describe(String name) {",
                "        Point origin = new Point(0, 0);",
                "        Shape inner = new Shape(\"dot\", origin, List.of(), Map.of(), Map.of(), null);",
                "        return new Shape(name, origin, List.of(new Point(1, 2), new Point(3, 4)),",
                "                Map.of(\"top\", new Point(5, 6)), Map.of(\"sides\", 4), inner);",
                "    }",
                "}"));

        assertThat(report.spec().outputs()).containsExactly(Component.of(ComponentType.JSON, "Shape", ValueType.of(Object.class)));
        Object json = report.call(null, List.of("square")).get(0);

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("name", "square");
        expected.put("origin", point(0, 0));
        expected.put("corners", List.of(point(1, 2), point(3, 4)));
        expected.put("marks", Map.of("top", point(5, 6)));
        expected.put("extra", Map.of("sides", 4));
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("name", "dot");
        inner.put("origin", point(0, 0));
        inner.put("corners", List.of());
        inner.put("marks", Map.of());
        inner.put("extra", Map.of());
        inner.put("inner", null);
        expected.put("inner", inner);
        assertThat(json).isInstanceOf(LinkedHashMap.class);
        assertThat(json).isEqualTo(expected);
        assertThat(((Map<?, ?>) json).keySet()).containsExactly("name", "origin", "corners", "marks", "extra", "inner")
                .inOrder();
    }

    @Test
    void aJsonListOfRecordsAndAJsonMapArriveAsPlainData() throws Exception {
        GeneratedInterface points = generate(source("demo.Points",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Json;",
                "import java.util.List;",
                "public class Points {",
                "    public record Point(int x, int y) { }",
                "    @Interface",
                "    @Json",
                "    public static List<Point> diagonal(int n) {",
                "        return java.util.stream.IntStream.range(0, n).mapToObj(i -> new Point(i, i)).toList();",
                "    }",
                "}"));

        assertThat(points.call(null, List.of(2))).containsExactly(List.of(point(0, 0), point(1, 1)));
    }

    @Test
    void aJsonMapIsPassedAsItIs() throws Exception {
        GeneratedInterface counts = generate(source("demo.Counts",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Json;",
                "import java.util.Map;",
                "public class Counts {",
                "    @Interface",
                "    @Json",
                "    public static Map<String, ?> count(String text) { return Map.of(\"length\", text.length()); }",
                "}"));

        assertThat(counts.spec().outputs()).containsExactly(Component.of(ComponentType.JSON, "Output", ValueType.of(Object.class)));
        assertThat(counts.call(null, List.of("four"))).containsExactly(Map.of("length", 4));
    }

    @Test
    void aProgressParameterIsPassedInAndIsNotAnInput() throws Exception {
        GeneratedInterface slow = generate(source("demo.Slow",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.Progress;",
                "public class Slow {",
                "    @Interface",
                "    public static String slow(String text, Progress progress, int steps) {",
                "        for (int i = 1; i <= steps; i++) {",
                "            progress.update((double) i / steps, \"step \" + i);",
                "        }",
                "        return text;",
                "    }",
                "}"));
        List<String> updates = new ArrayList<>();
        Progress recording = (fraction, description) -> updates.add(fraction + " " + description);

        assertThat(slow.spec().inputs()).containsExactly(
                Component.of(ComponentType.TEXTBOX, "text", ValueType.of(String.class)),
                Component.of(ComponentType.NUMBER, "steps", ValueType.of(int.class))).inOrder();
        assertThat(slow.call(null, List.of("done", 2), recording)).containsExactly("done");
        assertThat(updates).containsExactly("0.5 step 1", "1.0 step 2").inOrder();
        // without a progress (e.g. a direct call), the method still runs
        assertThat(slow.call(null, List.of("quiet", 3))).containsExactly("quiet");
    }

    private static Map<String, Object> point(int x, int y) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("x", x);
        point.put("y", y);
        return point;
    }
}
