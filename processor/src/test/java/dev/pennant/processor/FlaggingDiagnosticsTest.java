package dev.pennant.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.AppSource.app;
import static dev.pennant.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Flagging configuration that could never work is a compile error on the member to change. */
class FlaggingDiagnosticsTest {

    @Test
    void optionsWithFlaggingModeNeverAreNeverShown() {
        JavaFileObject src = app(
                "    @Interface(flaggingMode = FlaggingMode.NEVER,",
                "               flaggingOptions = {\"Incorrect\", \"Other\"})",
                "    public static String echo(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-027] flaggingOptions are never shown: with flaggingMode = NEVER")
                .inFile(src).onLineContaining("flaggingOptions = {");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void optionPairsWithFlaggingModeAutoAreNeverShown() {
        JavaFileObject src = app(
                "    @Interface(flaggingMode = FlaggingMode.AUTO,",
                "               flaggingOptionPairs = @FlagOption(label = \"Mark as incorrect\", value = \"incorrect\"))",
                "    public static String echo(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-028] flaggingOptionPairs are never shown: with flaggingMode = AUTO "
                        + "every submission is flagged without a button")
                .inFile(src).onLineContaining("flaggingOptionPairs =");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void optionsWithTheDefaultModeAreFineEvenIfTheEnvironmentMayChangeIt() {
        // GRADIO_FLAGGING_MODE may turn an unwritten mode into AUTO at launch; the compile cannot know
        assertThat(compile(app(
                "    @Interface(flaggingOptions = {\"Incorrect\"})",
                "    public static String echo(String text) { return text; }"))).succeededWithoutWarnings();
    }

    @Test
    void aPairWithABlankLabelOrValueIsReportedOnThatMember() {
        JavaFileObject src = app(
                "    @Interface(flaggingOptionPairs = {",
                "            @FlagOption(label = \" \", value = \"incorrect\"),",
                "            @FlagOption(label = \"Mark as offensive\", value = \"\")})",
                "    public static String echo(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-024] flaggingOptionPairs contain a blank label")
                .inFile(src).onLineContaining("label = \" \"");
        assertThat(c).hadErrorContaining("[PENNANT-024] flaggingOptionPairs contain a blank value")
                .inFile(src).onLineContaining("value = \"\"");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void pairsWithTheSameValueOrTheSameLabelAreReportedOnTheRepeat() {
        JavaFileObject src = app(
                "    @Interface(flaggingOptionPairs = {",
                "            @FlagOption(label = \"Mark as incorrect\", value = \"incorrect\"),",
                "            @FlagOption(label = \"Wrong\", value = \"incorrect\"),",
                "            @FlagOption(label = \"Mark as incorrect\", value = \"other\")})",
                "    public static String echo(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-024] flaggingOptionPairs list the value \"incorrect\" more than once")
                .inFile(src).onLineContaining("label = \"Wrong\"");
        assertThat(c).hadErrorContaining("[PENNANT-024] flaggingOptionPairs list the label \"Mark as incorrect\" more than once")
                .inFile(src).onLineContaining("value = \"other\"");
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void plainOptionsAndPairsCannotBeMixed() {
        JavaFileObject src = app(
                "    @Interface(flaggingOptions = {\"Incorrect\"},",
                "               flaggingOptionPairs = @FlagOption(label = \"Mark as offensive\", value = \"offensive\"))",
                "    public static String echo(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-029] flaggingOptions and flaggingOptionPairs are both written")
                .inFile(src).onLineContaining("flaggingOptionPairs =");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aCallbackNestedInANonPublicClassCannotBeCreated() {
        JavaFileObject src = app(
                "    @Interface(flaggingCallback = Holder.Logger.class)",
                "    public static String echo(String text) { return text; }",
                "    static class Holder {",
                "        public static class Logger extends CSVLogger { }",
                "    }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-016] flaggingCallback demo.App.Holder.Logger cannot be created "
                        + "by generated code because its enclosing class Holder is not public")
                .inFile(src).onLineContaining("Holder.Logger.class");
    }

    @Test
    void aFlaggingDirWithACharacterWindowsRejectsIsAnErrorOnEveryOs() {
        JavaFileObject src = app(
                "    @Interface(apiName = \"a\", flaggingDir = \"flags?\")",
                "    public static String a(String text) { return text; }",
                "    @Interface(apiName = \"b\", flaggingDir = \"data:flags\")",
                "    public static String b(String text) { return text; }",
                "    @Interface(apiName = \"c\", flaggingDir = \"C:\\\\pennant\\\\flagged\")",
                "    public static String c(String text) { return text; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-030] flaggingDir \"flags?\" contains the character '?', "
                        + "which Windows does not accept in file names, so flagging would fail there")
                .inFile(src).onLineContaining("flags?");
        assertThat(c).hadErrorContaining("[PENNANT-030] flaggingDir \"data:flags\" contains the character ':'")
                .inFile(src).onLineContaining("data:flags");
        // a Windows drive letter is a path, not a mistake
        assertThat(c).hadErrorCount(2);
    }

    @Test
    void aFlaggingDirWithANulCharacterIsAnError() {
        JavaFileObject src = app(
                "    @Interface(flaggingDir = \"flagged\\0old\")",
                "    public static String echo(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-030] flaggingDir \"flagged\\u0000old\" contains the NUL character, "
                        + "which no file system accepts in a name")
                .inFile(src).onLineContaining("flaggingDir");
    }

    @Test
    void aFlaggingDirWithAControlCharacterIsAnError() {
        JavaFileObject src = app(
                "    @Interface(flaggingDir = \"flagged\\n\")",
                "    public static String echo(String text) { return text; }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-030] flaggingDir \"flagged\\u000A\" contains the control character U+000A")
                .inFile(src).onLineContaining("flaggingDir");
    }
}
