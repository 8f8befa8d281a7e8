package dev.pennant.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.pennant.processor.AppSource.app;
import static dev.pennant.processor.Compilations.compile;
import static dev.pennant.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.pennant.components.AudioClip;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audio, Video, Gallery and several files: the components and value types generated code states, the
 * call it makes, and every diagnostic of their annotations at its line and column.
 */
class MediaComponentsTest {
    @TempDir
    Path classes;

    /** The number of the first line of {@code src} that contains {@code text}. */
    private static long line(JavaFileObject src, String text) {
        try {
            String[] lines = src.getCharContent(true).toString().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(text)) {
                    return i + 1;
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no line contains " + text);
    }

    private GeneratedInterface generate(JavaFileObject source) {
        Compilation compilation = compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        return GeneratedClassLoader.onlyInterface(compilation, classes);
    }

    @Test
    void soundTypesPickAudioAndAClipIsTheDefault() throws Exception {
        GeneratedInterface studio = generate(source("demo.Studio",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Audio;",
                "import dev.pennant.components.AudioClip;",
                "import java.nio.file.Path;",
                "public class Studio {",
                "    @Interface",
                "    @Audio(autoplay = true, loop = true)",
                "    public static AudioClip mix(AudioClip voice, @Audio byte[] raw, @Audio(label = \"track\") Path file) {",
                "        return voice;",
                "    }",
                "}"));
        InterfaceSpec spec = studio.spec();

        assertThat(spec.inputs()).containsExactly(
                Component.of(ComponentType.AUDIO, "voice", ValueType.of(AudioClip.class)),
                Component.of(ComponentType.AUDIO, "raw", ValueType.of(byte[].class)),
                Component.of(ComponentType.AUDIO, "track", ValueType.of(Path.class))).inOrder();
        assertThat(spec.outputs()).containsExactly(Component.of(ComponentType.AUDIO, "Output", ValueType.of(AudioClip.class),
                Map.of("autoplay", true, "loop", true)));
        AudioClip voice = AudioClip.mono(8000, new float[] {0.5f});
        assertThat(studio.call(null, Arrays.asList(voice, new byte[] {1}, Path.of("a.mp3")))).containsExactly(voice);
    }

    @Test
    void videosGalleriesAndSeveralFilesGetListValueTypes() throws Exception {
        GeneratedInterface media = generate(source("demo.Media",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.File;",
                "import dev.pennant.components.Gallery;",
                "import dev.pennant.components.Video;",
                "import java.awt.image.BufferedImage;",
                "import java.nio.file.Path;",
                "import java.util.List;",
                "public class Media {",
                "    public record Out(List<BufferedImage> frames, List<Path> files) { }",
                "    @Interface",
                "    public static Out cut(@Video Path clip, List<Path> parts, @File(fileCount = \"multiple\") List<Path> more) {",
                "        return new Out(List.of(), parts);",
                "    }",
                "}"));
        InterfaceSpec spec = media.spec();

        ValueType paths = ValueType.listOf(ValueType.of(Path.class));
        assertThat(spec.inputs()).containsExactly(
                Component.of(ComponentType.VIDEO, "clip", ValueType.of(Path.class)),
                Component.of(ComponentType.FILE, "parts", paths),
                Component.of(ComponentType.FILE, "more", paths)).inOrder();
        assertThat(spec.outputs()).containsExactly(
                Component.of(ComponentType.GALLERY, "frames", ValueType.listOf(ValueType.of(BufferedImage.class))),
                Component.of(ComponentType.FILE, "files", paths)).inOrder();
        List<Path> parts = List.of(Path.of("a.txt"), Path.of("b.txt"));
        assertThat(media.call(null, Arrays.asList(Path.of("c.mp4"), parts, List.of()))).containsExactly(List.of(), parts).inOrder();
    }

    @Test
    void aGalleryOfImageFilesAndItsColumns() {
        GeneratedInterface filters = generate(source("demo.Filters",
                "package demo;",
                "import dev.pennant.Interface;",
                "import dev.pennant.components.Gallery;",
                "import java.nio.file.Path;",
                "import java.util.List;",
                "public class Filters {",
                "    @Interface",
                "    @Gallery(columns = 3)",
                "    public static List<Path> filters(Path photo) { return List.of(photo); }",
                "}"));
        assertThat(filters.spec().outputs()).containsExactly(Component.of(ComponentType.GALLERY, "Output",
                ValueType.listOf(ValueType.of(Path.class)), Map.of("columns", 3)));
    }

    @Test
    void eachMediaAnnotationSaysWhichTypesItTakes() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String inputs(@Audio String a, @Video byte[] b) { return \"\"; }",
                "    @Interface(apiName = \"g\") @Gallery",
                "    public static BufferedImage g() { return null; }",
                "    @Interface(apiName = \"v\") @Video",
                "    public static AudioClip v() { return null; }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-008] @Audio cannot show a value of type java.lang.String. "
                        + "Use it on AudioClip, byte[] and java.nio.file.Path parameters, or")
                .inFile(src).onLine(line(src, "@Audio String a")).atColumn(33);
        assertThat(c).hadErrorContaining("[PENNANT-008] @Video cannot show a value of type byte[]. "
                        + "Use it on java.nio.file.Path parameters, or")
                .inFile(src).onLine(line(src, "@Video byte[] b")).atColumn(50);
        assertThat(c).hadErrorContaining("[PENNANT-008] @Gallery cannot show a value of type java.awt.image.BufferedImage. "
                        + "Use it on methods returning List<BufferedImage> or List<java.nio.file.Path>, or")
                .inFile(src).onLine(line(src, "apiName = \"g\"")).atColumn(31);
        assertThat(c).hadErrorContaining("[PENNANT-008] @Video cannot show a value of type dev.pennant.components.AudioClip. "
                        + "Use it on methods returning java.nio.file.Path, or")
                .inFile(src).onLine(line(src, "apiName = \"v\"")).atColumn(31);
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void galleriesAreOutputsOnly() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static int count(List<BufferedImage> photos) { return photos.size(); }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-001] Parameter 'photos' has type java.util.List<java.awt.image.BufferedImage>")
                .inFile(src).onLine(line(src, "List<BufferedImage> photos")).atColumn(49);
    }

    @Test
    void fileCountMustBeSingleOrMultipleAndFitTheType() {
        JavaFileObject src = app(
                "    @Interface",
                "    public static String files(@File(fileCount = \"many\") List<Path> a,",
                "                               @File(fileCount = \"multiple\") Path b,",
                "                               @File(fileCount = \"single\") List<Path> c) { return \"\"; }",
                "    @Interface(apiName = \"out\") @File(fileCount = \"single\")",
                "    public static List<Path> out() { return List.of(); }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-060] @File fileCount \"many\" is not one of \"single\" and \"multiple\". "
                        + "Use \"multiple\" for a List<Path>, \"single\" for a Path, or remove fileCount to take it from the type.")
                .inFile(src).onLine(line(src, "\"many\"")).atColumn(50);
        assertThat(c).hadErrorContaining("[PENNANT-061] @File(fileCount = \"multiple\") does not fit 'b' of type java.nio.file.Path, "
                        + "which holds one file. Use fileCount = \"single\", or remove fileCount to take it from the type.")
                .inFile(src).onLine(line(src, "\"multiple\"")).atColumn(50);
        assertThat(c).hadErrorContaining("[PENNANT-061] @File(fileCount = \"single\") does not fit 'c' of type "
                        + "java.util.List<java.nio.file.Path>, which holds several files. Use fileCount = \"multiple\"")
                .inFile(src).onLine(line(src, "@File(fileCount = \"single\") List<Path> c")).atColumn(50);
        assertThat(c).hadErrorContaining("[PENNANT-061] @File(fileCount = \"single\") does not fit 'out' of type "
                        + "java.util.List<java.nio.file.Path>, which holds several files.")
                .inFile(src).onLine(line(src, "apiName = \"out\"")).atColumn(51);
        assertThat(c).hadErrorCount(4);
    }

    @Test
    void aGalleryShowsAtLeastOneColumn() {
        JavaFileObject src = app(
                "    @Interface @Gallery(columns = 0)",
                "    public static List<BufferedImage> frames(String name) { return List.of(); }");
        assertThat(compile(src)).hadErrorContaining("[PENNANT-062] @Gallery columns must be at least 1, but is 0. "
                        + "Use 1 or more images per row.")
                .inFile(src).onLine(line(src, "columns = 0")).atColumn(35);
    }

    @Test
    void mediaLabelsNameTheirFolders() {
        JavaFileObject src = app(
                "    @Interface @Gallery(label = \"../up\")",
                "    public static List<BufferedImage> frames(@Audio(label = \"a/b\") AudioClip clip) { return List.of(); }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-034] Label \"a/b\" cannot name the folder where flagged audio files are "
                        + "stored: it contains a path separator.")
                .inFile(src).onLine(line(src, "label = \"a/b\"")).atColumn(61);
        assertThat(c).hadErrorContaining("[PENNANT-034] Label \"../up\" cannot name the folder where flagged gallery files are "
                        + "stored: it contains a path separator.")
                .inFile(src).onLine(line(src, "label = \"../up\"")).atColumn(33);
    }

    @Test
    void inlineExamplesOfSeveralFilesAreOnePathOrAJsonListOfRelativePaths() {
        JavaFileObject src = app(
                "    @Interface",
                "    @Example({\"[\\\"docs/a.txt\\\", \\\"docs/b.txt\\\"]\", \"sounds/hum.wav\"})",
                "    @Example({\"docs/a.txt\", \"sounds/hum.wav\"})",
                "    @Example({\"[\\\"docs/a.txt\\\" \\\"docs/b.txt\\\"]\", \"/etc/hum.wav\"})",
                "    @Example({\"[\\\"docs/a.txt\\\", \\\"../b.txt\\\"]\", \"sounds/hum.wav\"})",
                "    public static int count(List<Path> docs, AudioClip hum) { return docs.size(); }");
        Compilation c = compile(src);
        assertThat(c).hadErrorContaining("[PENNANT-063] @Example value \"[\"docs/a.txt\" \"docs/b.txt\"]\" for 'docs' is not a "
                        + "list of paths: expected ',' or ']' at character 15. Write one path, or a JSON list of paths such as "
                        + "[\"files/a.txt\", \"files/b.txt\"].")
                .inFile(src).onLine(line(src, "\\\"docs/a.txt\\\" \\\"docs/b.txt\\\"")).atColumn(15);
        assertThat(c).hadErrorContaining("[PENNANT-039] @Example value \"/etc/hum.wav\" for 'hum' is an absolute path.")
                .inFile(src).onLine(line(src, "/etc/hum.wav")).atColumn(50);
        assertThat(c).hadErrorContaining("[PENNANT-039] @Example value \"../b.txt\" for 'docs' climbs out of the directory with '..'.")
                .inFile(src).onLine(line(src, "../b.txt")).atColumn(15);
        assertThat(c).hadErrorCount(3);
    }
}
