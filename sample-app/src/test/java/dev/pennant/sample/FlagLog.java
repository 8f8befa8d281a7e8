package dev.pennant.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A flagged {@code logs.csv} read strictly: every record must have as many cells as the header. */
final class FlagLog {
    private FlagLog() {}

    static List<CSVRecord> rows(Path log) throws IOException {
        try (CSVParser parser = CSVParser.parse(log, StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = parser.getRecords();
            int width = parser.getHeaderNames().size();
            for (CSVRecord row : rows) {
                if (row.size() != width) {
                    throw new AssertionError(log + " row " + row.getRecordNumber() + " has " + row.size()
                            + " cells, the header " + width + ": " + row);
                }
            }
            return rows;
        }
    }
}
