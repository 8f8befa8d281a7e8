package dev.pennant.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.AppSource.app;
import static dev.pennant.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One compile shows every mistake, and a bug in the processor is an error on the method, not a javac crash. */
class OneCompileTest {

    @Test
    void threeIndependentMistakesGiveThreeErrors() {
        JavaFileObject src = app(
                "    @Interface(flaggingMode = FlaggingMode.NEVER,",
                "               flaggingOptions = {\"Incorrect\"})",
                "    @Example({\"5\", \"modulo\"})",
                "    public static double apply(double x, @Radio({\"double\", \"halve\"}) String operation,",
                "                               @Image(label = \"../up\") BufferedImage im) {",
                "        return x;",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadErrorContaining("[PENNANT-027]").inFile(src).onLineContaining("flaggingOptions = {");
        assertThat(c).hadErrorContaining("[PENNANT-035] @Example has 2 values, but 'apply' has 3 inputs (x, operation, im)")
                .inFile(src).onLineContaining("@Example");
        assertThat(c).hadErrorContaining("[PENNANT-034]").inFile(src).onLineContaining("../up");
    }

    @Test
    void mistakesInSeveralMethodsAreAllReported() {
        JavaFileObject src = app(
                "    @Interface(apiName = \"a\", concurrencyLimit = 0)",
                "    public static String a(String text) { return text; }",
                "    @Interface(apiName = \"b\")",
                "    @Example(\"maybe\")",
                "    public static String b(boolean flag) { return \"\"; }",
                "    @Interface(apiName = \"c\")",
                "    @Json",
                "    public static double c(double x) { return x; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorCount(3);
        assertThat(c).hadErrorContaining("[PENNANT-041]").inFile(src).onLineContaining("concurrencyLimit = 0");
        assertThat(c).hadErrorContaining("[PENNANT-036]").inFile(src).onLineContaining("@Example(\"maybe\")");
        assertThat(c).hadErrorContaining("[PENNANT-008]").inFile(src).onLineContaining("@Json");
    }

    @Test
    void aBugInTheProcessorIsReportedOnTheMethodWithItsTrace() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String echo(String text) { return text; }",
                "    @Interface(apiName = \"shout\")",
                "    public static String shout(String text) { return text.toUpperCase(); }");
        InterfaceProcessor failingOnEcho = new InterfaceProcessor(method -> {
            if (method.getSimpleName().contentEquals("echo")) {
                throw new IllegalStateException("simulated processor bug");
            }
        });
        Compilation c = compile(failingOnEcho, src);
        // one error: the other method was processed as usual
        assertThat(c).hadErrorCount(1);
        assertThat(c).hadErrorContaining("[PENNANT-017] Pennant's processor failed on this method; please report it")
                .inFile(src).onLineContaining("String echo");
        assertThat(c).hadErrorContaining("java.lang.IllegalStateException: simulated processor bug");
    }
}
