package dev.pennant.sample;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.InterfaceError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Several files in: their sizes as text, the same files back smallest first, and one zip of them all.
 * A {@code List<Path>} is Gradio's File with {@code file_count="multiple"}, in and out; flagging copies
 * each file into its folder ({@code flagged-zip/files/0.txt}, …) and the cell lists them.
 */
public final class ZipFiles {

    private ZipFiles() {}

    /** The three outputs, labelled by their names. */
    public record Packed(String sizes, List<Path> smallestFirst, Path zip) {}

    @Interface(
            flaggingMode = FlaggingMode.MANUAL,
            flaggingDir = "flagged-zip",
            apiName = "zip",
            title = "Zip files",
            description = "Choose several files: see their sizes, get them back smallest first, and download them as one zip.")
    public static Packed zip(List<Path> files) throws IOException {
        if (files == null || files.isEmpty()) {
            throw new InterfaceError("Choose one or more files first.");
        }
        List<Path> bySize = new ArrayList<>(files);
        bySize.sort(Comparator.comparingLong(ZipFiles::size));
        StringBuilder sizes = new StringBuilder();
        long total = 0;
        for (Path file : bySize) {
            sizes.append(file.getFileName()).append(" (").append(size(file)).append(" bytes), ");
            total += size(file);
        }
        sizes.append("in all ").append(total).append(" bytes");
        return new Packed(sizes.toString(), bySize, zipOf(files));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One zip with each file under its own name (a repeated name gets a number). */
    private static Path zipOf(List<Path> files) throws IOException {
        Path zip = Files.createTempFile("files", ".zip");
        zip.toFile().deleteOnExit();
        Set<String> names = new HashSet<>();
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                for (int n = 2; !names.add(name); n++) {
                    name = n + "-" + file.getFileName();
                }
                entries.putNextEntry(new ZipEntry(name));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return zip;
    }
}
