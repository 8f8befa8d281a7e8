package dev.pennant.server.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.server.files.FileLimits;
import dev.pennant.server.files.FileStore;
import dev.pennant.spi.InterfaceSpec;
import dev.pennant.testing.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's own checks of example image files, on specs made by hand in the test (no server): the
 * cells of a flagged directory's logs.csv and inline example paths, copied into the file store, and every
 * way a cell may point outside its directory. Served image examples are tested on generated code in
 * runtime-tests' {@code ImageExamplesTest}.
 */
class ImageExampleRowsTest {
    /** The class the hand-made specs name; only its name shows, in messages. */
    static final class SepiaExamples {}

    @TempDir
    Path temp;

    private Path flaggedSepia(String logs) throws Exception {
        Path examples = Files.createDirectories(temp.resolve("examples"));
        Files.createDirectories(examples.resolve("im"));
        Files.createDirectories(examples.resolve("Output"));
        Files.write(examples.resolve("im/0.png"), TestImages.png(Color.ORANGE));
        Files.write(examples.resolve("Output/0.png"), TestImages.png(Color.GRAY));
        Files.writeString(examples.resolve("logs.csv"), logs);
        return examples;
    }

    private static InterfaceSpec imageSpec(String examplesDir, ValueType type) {
        return InterfaceSpec.builder(SepiaExamples.class, "sepia")
                .input(Component.of(ComponentType.IMAGE, "im", type))
                .output(Component.of(ComponentType.IMAGE, "Output", ValueType.of(BufferedImage.class)))
                .examplesDir(examplesDir).build();
    }

    private FileStore store() throws Exception {
        return new FileStore(Files.createTempDirectory(temp, "store"), FileLimits.DEFAULT, System::nanoTime, false);
    }

    @Test
    void exampleFilesStayWhileTheServerRunsEvenPastTheFileLifetime() throws Exception {
        flaggedSepia("im,Output\nim/0.png,Output/0.png\n");
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        try (FileStore store = new FileStore(Files.createTempDirectory(temp, "store"), FileLimits.DEFAULT, clock::get, false)) {
            ExampleRows rows = ExampleRows.load(imageSpec(temp.resolve("examples").toString(), ValueType.of(BufferedImage.class)), store);
            String issued = rows.rows().get(0).get(0).get("path").asText();
            clock.addAndGet(FileLimits.DEFAULT.lifetime().toNanos() * 2);
            store.save(TestImages.png(Color.RED), "upload.png");
            assertTrue(store.find(issued).isPresent(), "uploads expire, examples do not");
        }
    }

    @Test
    void aCellThatClimbsOutOfTheDirectoryStopsTheLaunchNamingTheRow() throws Exception {
        Path examples = flaggedSepia("im,Output\nim/0.png,Output/0.png\n../x.png,Output/0.png\n");
        Files.write(temp.resolve("x.png"), TestImages.png(Color.RED));
        try (FileStore store = store()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ExampleRows.load(imageSpec(examples.toString(), ValueType.of(BufferedImage.class)), store));
            assertEquals(examples.resolve("logs.csv") + " row 3 does not fit the inputs: \"im\": \"../x.png\" climbs out with '..'; "
                    + "examples must be files inside " + examples, e.getMessage());
        }
    }

    @Test
    void anAbsoluteCellStopsTheLaunchEvenWhenTheFileExists() throws Exception {
        Path outside = temp.resolve("x.png");
        Files.write(outside, TestImages.png(Color.RED));
        Path examples = flaggedSepia("im,Output\n" + outside + ",Output/0.png\n");
        try (FileStore store = store()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ExampleRows.load(imageSpec(examples.toString(), ValueType.of(BufferedImage.class)), store));
            assertTrue(e.getMessage().startsWith(examples.resolve("logs.csv") + " row 2 does not fit the inputs: \"im\": \""
                    + outside + "\" is an absolute path"), e.getMessage());
        }
    }

    @Test
    void aSymlinkLeadingOutOfTheDirectoryStopsTheLaunch() throws Exception {
        Path outside = temp.resolve("secret.png");
        Files.write(outside, TestImages.png(Color.RED));
        Path examples = flaggedSepia("im,Output\nim/1.png,Output/0.png\n");
        Files.createSymbolicLink(examples.resolve("im/1.png"), outside);
        try (FileStore store = store()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ExampleRows.load(imageSpec(examples.toString(), ValueType.of(BufferedImage.class)), store));
            assertTrue(e.getMessage().contains("row 2 does not fit the inputs: \"im\": \"im/1.png\" is a link to")
                    && e.getMessage().contains("outside"), e.getMessage());
        }
    }

    @Test
    void aMissingFileOrAFileThatIsNotAnImageStopsTheLaunch() throws Exception {
        Path examples = flaggedSepia("im,Output\nim/9.png,Output/0.png\n");
        try (FileStore store = store()) {
            assertTrue(assertThrows(IllegalStateException.class,
                    () -> ExampleRows.load(imageSpec(examples.toString(), ValueType.of(BufferedImage.class)), store)).getMessage()
                    .contains("row 2 does not fit the inputs: \"im\": \"im/9.png\" is not a file inside"));
            Files.writeString(examples.resolve("im/9.png"), "not an image");
            assertTrue(assertThrows(IllegalStateException.class,
                    () -> ExampleRows.load(imageSpec(examples.toString(), ValueType.of(byte[].class)), store)).getMessage()
                    .contains("row 2 does not fit the inputs: Invalid value for input \"im\": the file is not a PNG, JPEG, GIF or BMP image"));
        }
    }

    @Test
    void inlineExampleFilesAreRelativeToTheWorkingDirectory() throws Exception {
        Path workingDir = Files.createDirectories(temp.resolve("app"));
        Files.createDirectories(workingDir.resolve("images"));
        Files.write(workingDir.resolve("images/cat.png"), TestImages.png(Color.ORANGE));
        InterfaceSpec inline = InterfaceSpec.builder(SepiaExamples.class, "sepia")
                .input(Component.of(ComponentType.IMAGE, "im", ValueType.of(Path.class)))
                .output(Component.of(ComponentType.IMAGE, "Output", ValueType.of(BufferedImage.class)))
                .example("images/cat.png").build();
        try (FileStore store = store()) {
            ExampleRows rows = ExampleRows.load(inline, workingDir, ExampleRows.standard(store));
            assertEquals("cat.png", rows.rows().get(0).get(0).get("orig_name").asText());
            assertTrue(store.find(rows.rows().get(0).get(0).get("path").asText()).isPresent());

            InterfaceSpec climbing = InterfaceSpec.builder(SepiaExamples.class, "sepia")
                    .input(Component.of(ComponentType.IMAGE, "im", ValueType.of(Path.class)))
                    .output(Component.of(ComponentType.IMAGE, "Output", ValueType.of(BufferedImage.class)))
                    .example("../app/images/cat.png").build();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> ExampleRows.load(climbing, workingDir, ExampleRows.standard(store)));
            assertTrue(e.getMessage().startsWith("The inline example 1 of dev.pennant.server.examples.ImageExampleRowsTest$SepiaExamples.sepia does not fit the inputs: "
                    + "\"im\": \"../app/images/cat.png\" climbs out with '..'"), e.getMessage());
        }
    }
}
