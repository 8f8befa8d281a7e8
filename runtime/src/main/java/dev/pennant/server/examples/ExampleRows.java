package dev.pennant.server.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import dev.pennant.components.codec.Codecs;
import dev.pennant.server.files.FileContext;
import dev.pennant.server.files.FileStore;
import dev.pennant.server.http.HttpJson;
import dev.pennant.spi.InterfaceSpec;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An interface's examples, read once at launch: the inline {@code @Example} rows, then the rows of
 * {@code <examples>/logs.csv} (a flagging directory, for instance). Of each CSV row only the first
 * cells are used, one per input, by position (outputs and the option/username columns are ignored,
 * as in Gradio). Every cell is converted with its input's codec, so a bad example stops the launch
 * with a message naming the file and the row instead of failing when a user clicks it. Image and
 * file cells name files inside the base directory; they are checked, copied into the server's files
 * for as long as it runs and shown as FileData, so a click sends their path exactly as an upload's.
 *
 * @param headers the input labels, the table's column headings
 * @param rows one JSON value per input per example, as the page fills them in
 */
public record ExampleRows(List<String> headers, List<List<JsonNode>> rows) {

    /** Converts one cell of an example into the JSON value the page fills the input with. */
    @FunctionalInterface
    interface CellConverter {
        JsonNode convert(Component input, String cell, Path baseDir);
    }

    /**
     * Each cell through its input's codec ({@code readFlag}): checked like a submitted value; image and
     * file cells name files inside {@code baseDir}, copied into the server's {@code files}.
     */
    static CellConverter standard(FileStore files) {
        return (input, cell, baseDir) -> Codecs.of(input).readFlag(input, cell, FileContext.forExamples(files, baseDir));
    }

    static final String LOG_FILE = "logs.csv";

    public ExampleRows {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * Reads the examples at launch; relative directories and the files of inline rows are resolved
     * against the working directory, the files of {@code logs.csv} rows against that file's directory.
     */
    public static ExampleRows load(InterfaceSpec spec, FileStore files) {
        return load(spec, Path.of(""), standard(files));
    }

    /** @param workingDir what relative paths are resolved against (the process's working directory) */
    static ExampleRows load(InterfaceSpec spec, Path workingDir, CellConverter converter) {
        List<Component> inputs = spec.inputs();
        List<String> headers = inputs.stream().map(Component::label).toList();
        String owner = spec.declaringClass().getName() + "." + spec.methodName();
        List<List<JsonNode>> rows = new ArrayList<>();
        int n = 0;
        for (List<String> cells : spec.examples()) {
            n++;
            String where = "The inline example " + n + " of " + owner;
            if (cells.size() != inputs.size()) {
                throw new IllegalStateException(where + " has " + cells.size() + " values; the interface has "
                        + inputs.size() + " inputs (" + String.join(", ", headers) + ")");
            }
            rows.add(convert(inputs, cells, workingDir, converter, where));
        }
        if (!spec.examplesDir().isEmpty()) {
            rows.addAll(fromDirectory(spec.examplesDir(), workingDir, inputs, converter, owner));
        }
        return new ExampleRows(headers, rows);
    }

    private static List<List<JsonNode>> fromDirectory(String written, Path workingDir, List<Component> inputs,
            CellConverter converter, String owner) {
        Path dir = workingDir.resolve(written).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("The examples directory \"" + written + "\" of " + owner + " does not exist ("
                    + dir + "); flag some results first or fix @Interface(examples = …)");
        }
        Path log = dir.resolve(LOG_FILE);
        if (!Files.isRegularFile(log)) {
            throw new IllegalStateException("The examples directory \"" + written + "\" of " + owner + " has no " + LOG_FILE
                    + " (looked for " + log + ")");
        }
        List<List<JsonNode>> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSVFormat.DEFAULT).get()) {
            for (CSVRecord record : parser) {
                long row = record.getRecordNumber();   // 1 is the header, as in a spreadsheet
                if (row == 1) {
                    continue;
                }
                String where = log + " row " + row;
                if (record.size() < inputs.size()) {
                    throw new IllegalStateException(where + " has " + record.size() + " cells; the examples of " + owner
                            + " need one per input (" + String.join(", ", inputs.stream().map(Component::label).toList()) + ")");
                }
                rows.add(convert(inputs, record.toList().subList(0, inputs.size()), dir, converter, where));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Could not read the examples in " + log + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static List<JsonNode> convert(List<Component> inputs, List<String> cells, Path baseDir,
            CellConverter converter, String where) {
        List<JsonNode> row = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Component input = inputs.get(i);
            try {
                row.add(converter.convert(input, cells.get(i), baseDir));
            } catch (InvalidInputException | IllegalArgumentException e) {
                throw new IllegalStateException(where + " does not fit the inputs: " + e.getMessage(), e);
            }
        }
        return List.copyOf(row);
    }

    /** The JSON form for /config. */
    public ArrayNode toJson() {
        ArrayNode array = HttpJson.MAPPER.createArrayNode();
        for (List<JsonNode> row : rows) {
            array.addArray().addAll(row);
        }
        return array;
    }
}
