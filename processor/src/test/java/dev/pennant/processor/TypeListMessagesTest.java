package dev.pennant.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.AppSource.app;
import static dev.pennant.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The lists of types in messages, word for word: what to use instead of an unsupported type, and
 * which types each component annotation takes.
 */
class TypeListMessagesTest {

    @Test
    void anUnsupportedParameterListsEveryTypeAnInputShows() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String count(Object words) { return \"\"; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-001] Parameter 'words' has type java.lang.Object, "
                        + "which Pennant cannot turn into an input component. Use one of: double, float, int, long, "
                        + "boolean (or their boxed types), String, an enum, BufferedImage (an Image), "
                        + "java.nio.file.Path (a File), or byte[] with @Image.")
                .inFile(src).onLineContaining("Object words");
    }

    @Test
    void anUnsupportedReturnTypeListsEveryTypeAnOutputShows() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static Object identity(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-002] Return type java.lang.Object is not supported. "
                        + "Return one of: double, float, int, long, boolean (or their boxed types), String, "
                        + "Map<String, ? extends Number> (a Label), BufferedImage (an Image), java.nio.file.Path (a File), "
                        + "byte[] with @Image, a Map<String, ?>, Collection or record with @Json, "
                        + "or a record whose components are among these.")
                .inFile(src).onLineContaining("Object identity");
    }

    @Test
    void eachInputAnnotationSaysWhichParametersItTakes() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String inputs(@Textbox int a, @Number String b, @Checkbox int c, @Radio int d,",
                "                                @Dropdown int e, @Slider String f, @Image int g, @File int h) {",
                "        return \"\";",
                "    }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("@Textbox cannot show a value of type int. Use it on String parameters, or")
                .inFile(src).onLineContaining("@Textbox int a");
        assertThat(c).hadErrorContaining("@Number cannot show a value of type java.lang.String. "
                + "Use it on double, float, int, long and their boxed types, or").inFile(src).onLineContaining("@Number String b");
        assertThat(c).hadErrorContaining("@Checkbox cannot show a value of type int. Use it on boolean and Boolean, or")
                .inFile(src).onLineContaining("@Checkbox int c");
        assertThat(c).hadErrorContaining("@Radio cannot show a value of type int. Use it on String and enum parameters, or")
                .inFile(src).onLineContaining("@Radio int d");
        assertThat(c).hadErrorContaining("@Dropdown cannot show a value of type int. Use it on String and enum parameters, or")
                .inFile(src).onLineContaining("@Dropdown int e");
        assertThat(c).hadErrorContaining("@Slider cannot show a value of type java.lang.String. "
                + "Use it on double, float, int, long and their boxed types, or").inFile(src).onLineContaining("@Slider String f");
        assertThat(c).hadErrorContaining("@Image cannot show a value of type int. "
                + "Use it on BufferedImage, byte[] and java.nio.file.Path parameters, or").inFile(src).onLineContaining("@Image int g");
        assertThat(c).hadErrorContaining("@File cannot show a value of type int. Use it on java.nio.file.Path parameters, or")
                .inFile(src).onLineContaining("@File int h");
        assertThat(c).hadErrorCount(8);
    }

    @Test
    void eachOutputAnnotationSaysWhichMethodsItTakes() {
        JavaFileObject src = app(
                "    @Interface(apiName = \"a\") @Textbox",
                "    public static int a() { return 0; }",
                "    @Interface(apiName = \"b\") @Number",
                "    public static String b() { return \"\"; }",
                "    @Interface(apiName = \"c\") @Checkbox",
                "    public static int c() { return 0; }",
                "    @Interface(apiName = \"d\") @Label",
                "    public static int d() { return 0; }",
                "    @Interface(apiName = \"e\") @Image",
                "    public static int e() { return 0; }",
                "    @Interface(apiName = \"f\") @File",
                "    public static int f() { return 0; }",
                "    @Interface(apiName = \"g\") @Json",
                "    public static int g() { return 0; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("@Textbox cannot show a value of type int. Use it on methods returning String, or")
                .inFile(src).onLineContaining("apiName = \"a\"");
        assertThat(c).hadErrorContaining("@Number cannot show a value of type java.lang.String. "
                + "Use it on methods returning double, float, int, long or their boxed types, or")
                .inFile(src).onLineContaining("apiName = \"b\"");
        assertThat(c).hadErrorContaining("@Checkbox cannot show a value of type int. "
                + "Use it on methods returning boolean or Boolean, or").inFile(src).onLineContaining("apiName = \"c\"");
        assertThat(c).hadErrorContaining("@Label cannot show a value of type int. "
                + "Use it on methods returning Map<String, ? extends Number>, or").inFile(src).onLineContaining("apiName = \"d\"");
        assertThat(c).hadErrorContaining("@Image cannot show a value of type int. "
                + "Use it on methods returning BufferedImage, byte[] or java.nio.file.Path, or")
                .inFile(src).onLineContaining("apiName = \"e\"");
        assertThat(c).hadErrorContaining("@File cannot show a value of type int. "
                + "Use it on methods returning java.nio.file.Path, or").inFile(src).onLineContaining("apiName = \"f\"");
        assertThat(c).hadErrorContaining("@Json cannot show a value of type int. "
                + "Use it on methods returning a Map<String, ?>, a Collection or a record, or")
                .inFile(src).onLineContaining("apiName = \"g\"");
        assertThat(c).hadErrorCount(7);
    }
}
