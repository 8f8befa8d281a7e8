package dev.pennant.flagging;

import dev.pennant.components.Component;
import dev.pennant.components.CsvCells;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The default flagging callback: one row per flag in {@code <flaggingDir>/logs.csv}, a header of the
 * component labels (inputs, then outputs) and a {@code flag_option} column when the interface has
 * flagging options, exactly as the guide shows:
 *
 * <pre>
 * num1,operation,num2,Output
 * 5,add,7,12
 * 6,subtract,1.5,4.5
 * </pre>
 *
 * <p>{@link #setup} creates nothing, so an interface whose flags never come (or whose mode is never)
 * leaves no trace. Flags are serialised by a lock, appended and forced to disk before {@link #flag}
 * returns, so an acknowledged flag survives a crash and concurrent flags never interleave.
 *
 * <p>If {@code logs.csv} already exists with another header (the interface changed), rows go to
 * {@code logs_1.csv}, {@code logs_2.csv}, … so they never land under the wrong columns.
 */
public class CSVLogger implements FlaggingCallback {
    /** The column holding the chosen option, as in the guide. */
    public static final String FLAG_OPTION_COLUMN = "flag_option";

    // LF to match the guide's text; quote only when needed, like Python's csv module.
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final Object lock = new Object();
    private List<Component> components;
    private FlaggedFiles files;
    private Path flaggingDir;
    private boolean flagOptionColumn;
    private Path file;   // chosen on the first flag
    private int count;   // data rows in file

    /**
     * Whether to write the {@code flag_option} column. The server calls this before {@link #setup}
     * with whether the interface has flagging options, because the header must be fixed from the first
     * row on and {@link FlaggingCallback#setup} does not carry the options.
     */
    public void useFlagOptionColumn(boolean enabled) {
        synchronized (lock) {
            this.flagOptionColumn = enabled;
        }
    }

    @Override
    public void setup(List<Component> components, Path flaggingDir) {
        synchronized (lock) {
            this.components = List.copyOf(components);
            this.flaggingDir = Objects.requireNonNull(flaggingDir, "flaggingDir");
            this.files = new FlaggedFiles(components, flaggingDir);
            this.file = null;
            this.count = 0;
        }
    }

    @Override
    public int flag(List<Object> flagData, String flagOption, String username) throws IOException {
        synchronized (lock) {
            if (components == null) {
                throw new IllegalStateException("CSVLogger.flag called before setup");
            }
            if (flagData.size() != components.size()) {
                throw new IllegalArgumentException("expected " + components.size() + " values (one per component), got "
                        + flagData.size());
            }
            if (flagOption != null && !flagOptionColumn) {
                throw new IllegalArgumentException("this interface has no flagging options, so flag_option must be null");
            }
            List<String> header = header();
            if (file == null) {
                chooseFile(header);
            }
            List<String> row = new ArrayList<>(header.size());
            for (Object value : files.save(flagData)) {
                row.add(CsvCells.cell(value));
            }
            if (flagOptionColumn) {
                row.add(flagOption == null ? "" : CsvCells.neutralizeFormula(flagOption));
            }
            boolean fresh = Files.notExists(file) || Files.size(file) == 0;
            StringWriter text = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
                if (fresh) {
                    printer.printRecord(header);
                }
                printer.printRecord(row);
            }
            append(text.toString());
            count = fresh ? 1 : count + 1;
            return count;
        }
    }

    private List<String> header() {
        List<String> header = new ArrayList<>();
        for (Component component : components) {
            header.add(component.label());
        }
        if (flagOptionColumn) {
            header.add(FLAG_OPTION_COLUMN);
        }
        return header;
    }

    /** The first of logs.csv, logs_1.csv, … that is new or already has this header; counts its rows. */
    private void chooseFile(List<String> header) throws IOException {
        Files.createDirectories(flaggingDir);
        for (int n = 0; ; n++) {
            Path candidate = flaggingDir.resolve(n == 0 ? "logs.csv" : "logs_" + n + ".csv");
            if (Files.notExists(candidate) || Files.size(candidate) == 0) {
                file = candidate;
                count = 0;
                return;
            }
            List<CSVRecord> records;
            try (Reader reader = Files.newBufferedReader(candidate, StandardCharsets.UTF_8);
                    CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                records = parser.getRecords();
            }
            if (!records.isEmpty() && records.get(0).toList().equals(header)) {
                file = candidate;
                count = records.size() - 1;
                return;
            }
        }
    }

    /** Appends and forces to disk: the caller is told "flagged" only once the row is durable. */
    private void append(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(false);
        }
    }
}
