package dev.pennant.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.AppSource.app;
import static dev.pennant.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Image, file and JSON components, default values, labels used as folders, and Progress parameters. */
class ComponentDiagnosticsTest {

    @Test
    void imageAndFileAnnotationsMustFitTheirTypes() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String mismatched(@Image String picture,",
                "                                    @File int pages,",
                "                                    @File BufferedImage scan,",
                "                                    @Textbox Path notes) {",
                "        return picture;",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-008] @Image cannot show a value of type java.lang.String. "
                        + "Use it on BufferedImage, byte[] and java.nio.file.Path parameters")
                .inFile(src).onLineContaining("@Image String picture");
        assertThat(c).hadErrorContaining("[PENNANT-008] @File cannot show a value of type int. "
                        + "Use it on java.nio.file.Path and List<java.nio.file.Path> parameters")
                .inFile(src).onLineContaining("@File int pages");
        assertThat(c).hadErrorContaining("[PENNANT-008] @File cannot show a value of type java.awt.image.BufferedImage")
                .inFile(src).onLineContaining("@File BufferedImage scan");
        assertThat(c).hadErrorContaining("[PENNANT-008] @Textbox cannot show a value of type java.nio.file.Path")
                .inFile(src).onLineContaining("@Textbox Path notes");
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void rawBytesNeedImageToSayWhatTheyAre() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static int size(byte[] data) { return data.length; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-001] Parameter 'data' has type byte[]")
                .inFile(src).onLineContaining("byte[] data");
    }

    @Test
    void jsonOnAMethodReturningANumberIsAMismatch() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Json",
                "    public static int count(String text) { return text.length(); }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-008] @Json cannot show a value of type int. "
                        + "Use it on methods returning a Map<String, ?>, a Collection or a record")
                .inFile(src).onLineContaining("@Json");
    }

    @Test
    void jsonCannotShowAnImageInsideARecord() {
        JavaFileObject src = app(
                "    public record Result(String name, BufferedImage preview) { }",
                "    @Interface",
                "    @Json",
                "    public static Result load(String name) { return null; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-043] @Json cannot show demo.App.Result: a part of it has type "
                        + "java.awt.image.BufferedImage")
                .inFile(src).onLineContaining("@Json");
    }

    @Test
    void jsonObjectKeysMustBeStrings() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Json",
                "    public static Map<Integer, String> names(String text) { return Map.of(); }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-043] @Json cannot show java.util.Map<java.lang.Integer,java.lang.String>")
                .inFile(src).onLineContaining("@Json");
        assertThat(compile(src)).hadErrorContaining("JSON object keys are strings");
    }

    @Test
    void aRadioDefaultMustBeOneOfItsChoices() {
        JavaFileObject src = app(
                "    public enum Size { S, M, L }",
                "    @Interface",
                "    public static String pick(@Radio(value = {\"add\", \"subtract\"},",
                "                                     defaultValue = \"divide\") String operation,",
                "                              @Dropdown(defaultValue = \"XL\") Size size) {",
                "        return operation;",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-032] defaultValue \"divide\" of 'operation' is not one of its choices (add, subtract)")
                .inFile(src).onLineContaining("defaultValue = \"divide\"");
        assertThat(c).hadErrorContaining("[PENNANT-032] defaultValue \"XL\" of 'size' is not one of its choices (S, M, L)")
                .inFile(src).onLineContaining("defaultValue = \"XL\"");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void aSliderDefaultMustLieWithinItsRange() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static double scale(@Slider(minimum = 0, maximum = 10,",
                "                                       defaultValue = 11) double x) { return x; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-033] @Slider defaultValue 11.0 of 'x' lies outside [0.0, 10.0]")
                .inFile(src).onLineContaining("defaultValue = 11");
    }

    @Test
    void aNumberDefaultMustBeFinite() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static double half(@Number(defaultValue = Double.POSITIVE_INFINITY) double x) { return x / 2; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-021] @Number defaultValue must be a finite number, but is Infinity")
                .inFile(src).onLineContaining("POSITIVE_INFINITY");
    }

    @Test
    void anImageLabelMustBeAFolderName() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Image(label = \"..\")",
                "    public static BufferedImage copy(@Image(label = \"photos/raw\") BufferedImage im,",
                "                                     @File(label = \"up..load\") Path doc) {",
                "        return im;",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-034] Label \"photos/raw\" cannot name the folder where flagged image files "
                        + "are stored: it contains a path separator")
                .inFile(src).onLineContaining("photos/raw");
        assertThat(c).hadErrorContaining("[PENNANT-034] Label \"up..load\" cannot name the folder where flagged file files "
                        + "are stored: it contains '..'")
                .inFile(src).onLineContaining("up..load");
        assertThat(c).hadErrorContaining("[PENNANT-034] Label \"..\" cannot name the folder where flagged image files "
                        + "are stored: it is only dots")
                .inFile(src).onLineContaining("@Image(label = \"..\")");
        assertThat(c).hadErrorCount(3);
    }

    @Test
    void aLabelWithoutFilesMayHoldASlash() {
        assertThat(compile(app(
                "    @Interface",
                "    public static double ratio(@Number(label = \"km/h\") double speed) { return speed; }")))
                .succeededWithoutWarnings();
    }

    @Test
    void oneProgressParameterIsEnough() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String slow(String text, Progress progress,",
                "                              Progress more) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-042] Parameter 'more' is a second Progress parameter of 'slow'")
                .inFile(src).onLineContaining("Progress more");
    }

    @Test
    void aProgressParameterTakesNoComponentAnnotation() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String slow(String text, @Slider Progress progress) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-008] @Slider cannot show a value of type dev.pennant.Progress")
                .inFile(src).onLineContaining("@Slider Progress progress");
        assertThat(compile(src)).hadErrorContaining("a Progress parameter is not a component");
    }

    @Test
    void concurrencyLimitMustBeAtLeastOne() {
        JavaFileObject src = app(
                "    @Interface(title = \"Slow\",",
                "               concurrencyLimit = 0)",
                "    public static String slow(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-041] concurrencyLimit must be at least 1, but is 0")
                .inFile(src).onLineContaining("concurrencyLimit = 0");
    }
}
