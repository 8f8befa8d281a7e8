package dev.pennant.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.AppSource.app;
import static dev.pennant.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Inline {@code @Example} rows and the {@code examples} directory are checked against the inputs. */
class ExampleDiagnosticsTest {

    @Test
    void anExampleNeedsOneValuePerInput() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Example({\"5\", \"add\", \"7\"})",
                "    @Example({\"5\", \"add\"})",
                "    public static double calculator(double num1, @Radio({\"add\", \"subtract\"}) String operation, double num2) {",
                "        return num1 + num2;",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-035] @Example has 2 values, but 'calculator' has 3 inputs (num1, operation, num2)")
                .inFile(src).onLineContaining("@Example({\"5\", \"add\"})");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void anExplicitExamplesContainerIsCheckedRowByRow() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Examples({",
                "        @Example(\"5\"),",
                "        @Example(\"five\")})",
                "    public static double twice(double x) { return 2 * x; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-036] @Example value \"five\" for 'x' is not a finite double")
                .inFile(src).onLineContaining("@Example(\"five\")");
    }

    @Test
    void aProgressParameterTakesNoExampleValue() {
        assertThat(compile(app(
                "    @Interface",
                "    @Example(\"hello\")",
                "    public static String slow(String text, Progress progress) { return text; }")))
                .succeededWithoutWarnings();
    }

    @Test
    void exampleValuesMustParseAsTheirParameterTypes() {
        JavaFileObject src = app(
                "    public enum Size { S, M, L }",
                "    @Interface",
                "    @Example({\"five\", \"1.5\", \"yes\", \"XL\", \"2e3\"})",
                "    public static String order(double amount, int count, boolean gift, Size size, float weight) {",
                "        return \"\";",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-036] @Example value \"five\" for 'amount' is not a finite double. "
                        + "Write it as a number such as 5, -1.5 or 2e3")
                .inFile(src).onLineContaining("@Example");
        assertThat(c).hadErrorContaining("[PENNANT-036] @Example value \"1.5\" for 'count' is not a whole number that fits in int");
        assertThat(c).hadErrorContaining("[PENNANT-036] @Example value \"yes\" for 'gift' is not a boolean. Write it as true or false");
        assertThat(c).hadErrorContaining("[PENNANT-036] @Example value \"XL\" for 'size' is not a constant of Size. "
                        + "Write it as one of S, M, L");
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void aWholeNumberMustFitItsType() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Example({\"3000000000\", \"3000000000\"})",
                "    public static long add(int a, long b) { return a + b; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-036] @Example value \"3000000000\" for 'a' is not a whole number that fits in int");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void anExampleChoiceMustBeListed() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Example({\"5\",",
                "              \"divide\",",
                "              \"7\"})",
                "    public static double calculator(double num1, @Dropdown({\"add\", \"subtract\"}) String operation, double num2) {",
                "        return num1 + num2;",
                "    }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-037] @Example value \"divide\" for 'operation' is not one of its choices "
                        + "(add, subtract)")
                .inFile(src).onLineContaining("\"divide\",");
    }

    @Test
    void anExampleForASliderMustLieWithinItsRange() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Example(\"150\")",
                "    public static double scale(@Slider(minimum = 0, maximum = 100) double x) { return x; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-038] @Example value 150 for 'x' lies outside the slider's range [0.0, 100.0]")
                .inFile(src).onLineContaining("@Example(\"150\")");
    }

    @Test
    void anExampleFileMustBeARelativePathInsideTheExamples() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Example({\"cats/tom.png\", \"notes.txt\"})",
                "    @Example({\"../secrets/key.png\", \"notes.txt\"})",
                "    @Example({\"cats/tom.png\", \"/etc/passwd\"})",
                "    public static String describe(BufferedImage im, Path doc) { return \"\"; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-039] @Example value \"../secrets/key.png\" for 'im' climbs out of the directory "
                        + "with '..'")
                .inFile(src).onLineContaining("../secrets/key.png");
        assertThat(c).hadErrorContaining("[PENNANT-039] @Example value \"/etc/passwd\" for 'doc' is an absolute path")
                .inFile(src).onLineContaining("/etc/passwd");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void examplesWrittenButBlankIsAMistake() {
        JavaFileObject src = app(
                "    @Interface(title = \"Echo\",",
                "               examples = \" \")",
                "    public static String echo(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-031] examples is written but blank")
                .inFile(src).onLineContaining("examples = \" \"");
    }

    @Test
    void anExamplesDirectoryNeedsANameEveryOsAccepts() {
        JavaFileObject src = app(
                "    @Interface(examples = \"flagged|old\")",
                "    public static String echo(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-030] examples \"flagged|old\" contains the character '|'")
                .inFile(src).onLineContaining("examples =");
    }

    @Test
    void anExamplesDirectoryAndInlineExamplesCannotBothBeUsed() {
        JavaFileObject src = app(
                "    @Interface(title = \"Echo\",",
                "               examples = \"./flagged\")",
                "    @Example(\"hello\")",
                "    public static String echo(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-040] Both examples (a directory) and @Example rows are written")
                .inFile(src).onLineContaining("examples = \"./flagged\"");
        assertThat(c).hadErrorCount(1);
    }
}
