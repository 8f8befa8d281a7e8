package dev.pennant.server.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pennant.server.Http;
import dev.pennant.server.ServedApp;
import dev.pennant.testapp.Calculator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The flagging directory fails under a running server: a flag answers 500 with a clear message,
 * predictions go on, the log holds no partial row, and flagging works again once the disk does.
 *
 * <p>What is simulated, since the tests run as root (for whom permissions do not stop writes) and
 * must not need to mount file systems: a directory that "turns read-only" is a flagging directory
 * replaced by a regular file; a full disk is {@code logs.csv} pointing at {@code /dev/full}, where every
 * write fails with ENOSPC. A write that fails part-way is covered in {@code LogFilesFaultTest}.
 */
class FlaggingFaultsTest {
    @RegisterExtension
    final ServedApp app = ServedApp.perTest();

    @Test
    void aFlaggingDirectoryThatCannotBeWrittenAnswers500AndPredictionsContinue() throws Exception {
        Path flagged = app.flaggingDir;   // the calculator's
        Http http = new Http(app.start(ServedApp.builder(Calculator.class)));
        assertEquals(1, http.flag("predict", event(http, "[5, \"add\", 7]"), null).json().get("count").asInt());

        Path away = app.temp.resolve("flagged-away");
        Files.move(flagged, away);
        Files.writeString(flagged, "not a directory");
        String failing = event(http, "[6, \"subtract\", 1.5]");
        Http.Response refused = http.flag("predict", failing, null);
        assertEquals(500, refused.status());
        assertEquals("Flagging failed; see the server log", refused.error());
        assertEquals("[16]", http.run("predict", "[8, \"multiply\", 2]").json().get("data").toString(),
                "predictions continue");

        Files.delete(flagged);
        Files.move(away, flagged);
        assertEquals(2, http.flag("predict", failing, null).json().get("count").asInt(), "the failed flag can be retried");
        assertEquals(List.of(List.of("5", "add", "7", "12"), List.of("6", "subtract", "1.5", "4.5")),
                values(flagged.resolve("logs.csv")));
    }

    @Test
    void aFullDiskAnswers500LeavesNoPartialRowAndTheFlagSucceedsOnceThereIsRoom() throws Exception {
        Path log = Files.createDirectories(app.flaggingDir).resolve("logs.csv");   // the calculator's
        Files.createSymbolicLink(log, Path.of("/dev/full"));
        Http http = new Http(app.start(ServedApp.builder(Calculator.class)));
        String failing = event(http, "[5, \"add\", 7]");
        Http.Response refused = http.flag("predict", failing, null);
        assertEquals(500, refused.status());
        assertEquals("Flagging failed; see the server log", refused.error());
        assertEquals(200, http.run("predict", "[1, \"add\", 1]").status(), "predictions continue");

        Files.delete(log);   // room again
        assertEquals(1, http.flag("predict", failing, null).json().get("count").asInt());
        assertEquals(2, http.flag("predict", event(http, "[6, \"subtract\", 1.5]"), null).json().get("count").asInt());
        assertEquals(List.of(List.of("5", "add", "7", "12"), List.of("6", "subtract", "1.5", "4.5")), values(log));
    }

    private static String event(Http http, String data) {
        Http.Response response = http.run("predict", data);
        assertEquals(200, response.status(), response.body());
        return response.json().get("event_id").asText();
    }

    /** The data rows' first four cells, parsed strictly: a partial row would fail here or show up as a short record. */
    static List<List<String>> values(Path log) throws Exception {
        try (CSVParser parser = CSVParser.parse(log, StandardCharsets.UTF_8, CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            for (CSVRecord record : records) {
                assertEquals(parser.getHeaderNames().size(), record.size(), "a complete row: " + record);
            }
            return records.stream().map(r -> r.toList().subList(0, 4)).toList();
        }
    }
}
