package dev.pennant.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.Compilations.compile;
import static dev.pennant.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Each mistake a user can make is a compile error with its id, on the line to change. */
class DiagnosticsTest {

    /** A class {@code demo.App} with the given lines as its body, importing everything users import. */
    private static JavaFileObject app(String... body) {
        String[] lines = new String[body.length + 8];
        lines[0] = "package demo;";
        lines[1] = "import dev.pennant.*;";
        lines[2] = "import dev.pennant.components.*;";
        lines[3] = "import dev.pennant.components.Number;";
        lines[4] = "import dev.pennant.flagging.*;";
        lines[5] = "import java.util.*;";
        lines[6] = "public class App {";
        System.arraycopy(body, 0, lines, 7, body.length);
        lines[lines.length - 1] = "}";
        return source("demo.App", lines);
    }

    @Test
    void aParameterTypeWithoutAComponentIsAnError() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String count(String text,",
                "                               List<String> words) {",
                "        return text;",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-001] Parameter 'words' has type java.util.List<java.lang.String>")
                .inFile(src).onLineContaining("List<String> words");
        assertThat(c).hadErrorContaining("String, an enum, BufferedImage (an Image)");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aReturnTypeWithoutAComponentIsAnError() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static Object identity(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-002] Return type java.lang.Object is not supported")
                .inFile(src).onLineContaining("Object identity");
        assertThat(c).hadErrorContaining("Map<String, ? extends Number>");
    }

    @Test
    void aRecordWithAnUnsupportedComponentNamesTheComponent() {
        JavaFileObject src = app(
                "    public record Result(double score, List<String> tokens) { }",
                "    @Interface",
                "    public static Result analyse(String text) { return null; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-002] Return type demo.App.Result is not supported "
                        + "(its component 'tokens' has type java.util.List<java.lang.String>)")
                .inFile(src).onLineContaining("Result analyse");
    }

    @Test
    void aVoidMethodHasNoOutput() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static void log(String text) { }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-003] An @Interface method must return its output, but 'log' returns void")
                .inFile(src).onLineContaining("void log");
    }

    @Test
    void aPrivateMethodCannotBeCalled() {
        JavaFileObject src = app(
                "    @Interface",
                "    private static String hidden(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-004] @Interface method 'hidden' is private")
                .inFile(src).onLineContaining("String hidden");
    }

    @Test
    void anAbstractMethodHasNothingToCall() {
        JavaFileObject src = source("demo.Model",
                "package demo;",
                "import dev.pennant.Interface;",
                "public abstract class Model {",
                "    @Interface",
                "    public abstract String predict(String text);",
                "}");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-005] @Interface method 'predict' is abstract")
                .inFile(src).onLineContaining("abstract String predict");
    }

    @Test
    void aGenericMethodIsAnError() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static <T extends CharSequence> String echo(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-006] @Interface method 'echo' declares type parameters <T>")
                .inFile(src).onLineContaining("String echo");
    }

    @Test
    void aMethodInAPrivateClassCannotBeReached() {
        JavaFileObject src = app(
                "    private static class Hidden {",
                "        @Interface",
                "        static String echo(String text) { return text; }",
                "    }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-007] @Interface method 'echo' is declared in demo.App.Hidden, "
                        + "which generated code in package 'demo' cannot reach because it is private")
                .inFile(src).onLineContaining("String echo");
    }

    @Test
    void aMethodInAClassInsideAPrivateClassCannotBeReached() {
        JavaFileObject src = app(
                "    private static class Hidden {",
                "        static class Inner {",
                "            @Interface",
                "            static String echo(String text) { return text; }",
                "        }",
                "    }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-007]")
                .inFile(src).onLineContaining("String echo");
        assertThat(compile(src)).hadErrorContaining("because its enclosing class Hidden is private");
    }

    /*
     * javac hands processors no elements for local and anonymous classes, and calls a processor only when
     * a supported annotation is on a member somewhere; these sources therefore also hold a valid method.
     */
    @Test
    void aMethodInALocalClassCannotBeReached() {
        JavaFileObject src = app(
                "    @Interface public static String valid(String text) { return text; }",
                "    static Object make() {",
                "        class Local {",
                "            @Interface",
                "            public String echo(String text) { return text; }",
                "        }",
                "        return new Local();",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-007] @Interface method 'echo' is declared in local class Local, "
                        + "which generated code in package 'demo' cannot reach because it is a local or anonymous class")
                .inFile(src).onLineContaining("String echo");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aMethodInAnAnonymousClassCannotBeReached() {
        JavaFileObject src = app(
                "    @Interface public static String valid(String text) { return text; }",
                "    static final Object ANONYMOUS = new Object() {",
                "        @Interface",
                "        public String echo(String text) { return text; }",
                "    };");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-007] @Interface method 'echo' is declared in an anonymous class")
                .inFile(src).onLineContaining("String echo");
    }

    @Test
    void aComponentAnnotationMustFitTheParameterType() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String mismatched(",
                "            @Radio({\"a\", \"b\"}) int count,",
                "            @Slider String name,",
                "            @Textbox double amount,",
                "            @Checkbox String flag) {",
                "        return name;",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-008] @Radio cannot show a value of type int. Use it on String and enum parameters")
                .inFile(src).onLineContaining("int count");
        assertThat(c).hadErrorContaining("[PENNANT-008] @Slider cannot show a value of type java.lang.String")
                .inFile(src).onLineContaining("String name");
        assertThat(c).hadErrorContaining("[PENNANT-008] @Textbox cannot show a value of type double")
                .inFile(src).onLineContaining("double amount");
        assertThat(c).hadErrorContaining("[PENNANT-008] @Checkbox cannot show a value of type java.lang.String")
                .inFile(src).onLineContaining("String flag");
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void aComponentAnnotationOnTheMethodMustFitTheReturnType() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Checkbox(label = \"Done\")",
                "    public static double half(double x) { return x / 2; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-008] @Checkbox cannot show a value of type double. "
                        + "Use it on methods returning boolean or Boolean")
                .inFile(src).onLineContaining("@Checkbox");
    }

    @Test
    void aRadioOnAStringNeedsChoices() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String pick(@Dropdown String fruit) { return fruit; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-009] @Dropdown on String parameter 'fruit' lists no choices")
                .inFile(src).onLineContaining("@Dropdown String fruit");
    }

    @Test
    void aChoiceListedTwiceIsReportedOnTheRepeat() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String pick(@Radio({\"apple\",",
                "                                      \"pear\",",
                "                                      \"apple\"}) String fruit) { return fruit; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-010] Choice \"apple\" is listed more than once")
                .inFile(src).onLineContaining("\"apple\"})");
    }

    @Test
    void aSliderMinimumMustBeBelowItsMaximum() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static double scale(@Slider(minimum = 10,",
                "                                       maximum = 5) double x) { return x; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-011] @Slider minimum (10.0) must be less than maximum (5.0)")
                .inFile(src).onLineContaining("maximum = 5");
    }

    @Test
    void aSliderStepMustBePositive() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static double scale(@Slider(minimum = 0, maximum = 1,",
                "                                       step = 0) double x) { return x; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-012] @Slider step must be greater than 0, but is 0.0")
                .inFile(src).onLineContaining("step = 0");
    }

    @Test
    void aRecordComponentNamedLikeAnInputIsADuplicateLabel() {
        JavaFileObject src = app(
                "    public record Result(String text, int length) { }",
                "    @Interface",
                "    public static Result measure(String text) { return new Result(text, text.length()); }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-013] Two components of 'measure' are labelled \"text\"")
                .inFile(src).onLineContaining("Result measure");
    }

    @Test
    void twoMethodsOfAClassCannotShareAnApiName() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String first(String text) { return text; }",
                "    @Interface(title = \"Second\",",
                "               apiName = \"predict\")",
                "    public static String second(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-014] apiName \"predict\" is already used by @Interface method 'first'")
                .inFile(src).onLineContaining("apiName = \"predict\"");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void anApiNameMustBeAnEndpointName() {
        JavaFileObject src = app(
                "    @Interface(apiName = \"\")",
                "    public static String blank(String text) { return text; }",
                "    @Interface(apiName = \"my api!\")",
                "    public static String spaced(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-015] apiName \"\" is not a valid endpoint name")
                .inFile(src).onLineContaining("apiName = \"\"");
        assertThat(c).hadErrorContaining("[PENNANT-015] apiName \"my api!\" is not a valid endpoint name")
                .inFile(src).onLineContaining("apiName = \"my api!\"");
    }

    @Test
    void aFlaggingCallbackMustBeAPublicConcreteClassWithANoArgumentConstructor() {
        JavaFileObject src = app(
                "    static class Hidden extends CSVLogger { }",
                "    public static abstract class Partial extends CSVLogger { }",
                "    public class Inner extends CSVLogger { }",
                "    public static class Configured extends CSVLogger { public Configured(String dir) { } }",
                "    @Interface(apiName = \"a\", flaggingCallback = Hidden.class)",
                "    public static String a(String text) { return text; }",
                "    @Interface(apiName = \"b\", flaggingCallback = Partial.class)",
                "    public static String b(String text) { return text; }",
                "    @Interface(apiName = \"c\", flaggingCallback = FlaggingCallback.class)",
                "    public static String c(String text) { return text; }",
                "    @Interface(apiName = \"d\", flaggingCallback = Inner.class)",
                "    public static String d(String text) { return text; }",
                "    @Interface(apiName = \"e\", flaggingCallback = Configured.class)",
                "    public static String e(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-016] flaggingCallback demo.App.Hidden cannot be created by generated code because it is not public")
                .inFile(src).onLineContaining("Hidden.class");
        assertThat(c).hadErrorContaining("[PENNANT-016] flaggingCallback demo.App.Partial cannot be created by generated code because it is abstract")
                .inFile(src).onLineContaining("Partial.class");
        assertThat(c).hadErrorContaining("because it is an interface")
                .inFile(src).onLineContaining("FlaggingCallback.class");
        assertThat(c).hadErrorContaining("because it is an inner class")
                .inFile(src).onLineContaining("Inner.class");
        assertThat(c).hadErrorContaining("because it has no public no-argument constructor")
                .inFile(src).onLineContaining("Configured.class");
        assertThat(c).hadErrorCount(5);
    }

    @Test
    void twoComponentAnnotationsOnOneParameterConflict() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static double twice(@Number @Slider double x) { return 2 * x; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-018] Parameter 'x' has more than one component annotation (@Number, @Slider)")
                .inFile(src).onLineContaining("double twice");
    }

    @Test
    void anEnumTakesItsChoicesFromItsConstants() {
        JavaFileObject src = app(
                "    public enum Size { S, M, L }",
                "    @Interface",
                "    public static String fit(@Radio({\"S\", \"M\"}) Size size) { return size.name(); }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-019] @Radio on enum parameter 'size' lists choices")
                .inFile(src).onLineContaining("Size size");
    }

    @Test
    void aTextboxNeedsAtLeastOneLine() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String echo(@Textbox(lines = 0) String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-020] @Textbox lines must be at least 1, but is 0")
                .inFile(src).onLineContaining("lines = 0");
    }

    @Test
    void aSliderBoundMustBeFinite() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static double scale(@Slider(maximum = Double.POSITIVE_INFINITY) double x) { return x; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-021] @Slider maximum must be a finite number, but is Infinity")
                .inFile(src).onLineContaining("POSITIVE_INFINITY");
    }

    @Test
    void aParameterTypeHiddenFromGeneratedCodeIsAnError() {
        JavaFileObject src = app(
                "    private enum Secret { A, B }",
                "    @Interface",
                "    static String reveal(Secret secret) { return secret.name(); }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-022] Type demo.App.Secret used by 'secret' cannot be named "
                        + "from generated code in package 'demo' because it is private")
                .inFile(src).onLineContaining("Secret secret");
    }

    @Test
    void aTypeThatNeverAppearsIsReportedAfterTheLastRound() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String echo(NotGeneratedYet value) { return \"\"; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-023] Type NotGeneratedYet used by @Interface method 'echo' could not be resolved")
                .inFile(src).onLineContaining("String echo");
    }

    @Test
    void flaggingOptionsMustBeDistinctAndNotBlank() {
        JavaFileObject src = app(
                "    @Interface(flaggingOptions = {\"Incorrect\",",
                "                                  \" \",",
                "                                  \"Incorrect\"})",
                "    public static String echo(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-024] flaggingOptions contain a blank option")
                .inFile(src).onLineContaining("\" \",");
        assertThat(c).hadErrorContaining("[PENNANT-024] flaggingOptions list \"Incorrect\" more than once")
                .inFile(src).onLineContaining("\"Incorrect\"})");
    }

    @Test
    void aFlaggingDirMustNotBeBlank() {
        JavaFileObject src = app(
                "    @Interface(flaggingDir = \"  \")",
                "    public static String echo(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-025] flaggingDir is blank")
                .inFile(src).onLineContaining("flaggingDir");
    }

    @Test
    void oneCompileReportsEveryMistake() {
        JavaFileObject src = app(
                "    @Interface",
                "    private static String hidden(String text) { return text; }",
                "    @Interface(apiName = \"pick\")",
                "    public static String pick(@Radio String fruit) { return fruit; }",
                "    @Interface(apiName = \"scale\")",
                "    public static double scale(@Slider(step = -1) double x) { return x; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadErrorContaining("[PENNANT-004]").inFile(src).onLineContaining("String hidden");
        assertThat(c).hadErrorContaining("[PENNANT-009]").inFile(src).onLineContaining("String pick");
        assertThat(c).hadErrorContaining("[PENNANT-012]").inFile(src).onLineContaining("step = -1");
    }
}
