package dev.pennant.flagging;

import dev.pennant.components.Component;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The guide's minimal example, "provided for illustrative purposes": rows of values appended to
 * {@code <flaggingDir>/log.csv}, no header, no option column. It returns the number of rows written
 * by this instance plus those already in the file. {@link CSVLogger} is the one to use.
 */
public class SimpleCSVLogger implements FlaggingCallback {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private List<Component> components;
    private Path flaggingDir;

    @Override
    public synchronized void setup(List<Component> components, Path flaggingDir) {
        this.components = List.copyOf(components);
        this.flaggingDir = flaggingDir;
    }

    @Override
    public synchronized int flag(List<Object> flagData, String flagOption, String username) throws IOException {
        Files.createDirectories(flaggingDir);
        Path file = flaggingDir.resolve("log.csv");
        List<String> row = new FlaggedFiles(components, flaggingDir).save(flagData);
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            printer.printRecord(row);
        }
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        // Counting lines is what Gradio's example does; a value with a line break would count twice,
        // which is one of the reasons this logger is only an example.
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return (int) lines.count();
        }
    }

    /** The components given to setup (kept, as in the guide, for subclasses that want labels). */
    protected synchronized List<Component> components() {
        return components;
    }
}
