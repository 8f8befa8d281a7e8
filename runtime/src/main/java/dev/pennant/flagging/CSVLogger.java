package dev.pennant.flagging;

import dev.pennant.components.Component;
import dev.pennant.components.codec.CsvText;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default flagging callback: one row per flag in {@code <flaggingDir>/logs.csv}, a header of the
 * component labels (inputs, then outputs), then a {@code flag_option} column when the interface has
 * flagging options and a {@code username} column when the app has a login, as the guide shows:
 *
 * <pre>
 * num1,operation,num2,Output
 * 5,add,7,12
 * 6,subtract,1.5,4.5
 * </pre>
 *
 * <p>The columns are fixed at {@linkplain #setup(FlaggingSetup) set-up}, from the options the page
 * shows and whether the app has a login. {@code setup} creates nothing, so an interface whose flags never come (or whose mode is never)
 * leaves no trace; the directory is created with its parents on the first flag.
 *
 * <p>A log that never loses a row: each write takes a JVM-wide lock for the directory and an
 * operating-system lock on {@code <flaggingDir>/.logs.lock}, counts the rows, appends and forces
 * them to disk before {@link #flag} returns. Flags that arrive while a write is in progress are written
 * together by the next one, one append and one force for all ({@link GroupCommit}), and each still gets
 * its own row number. So threads and processes sharing a directory never lose or
 * interleave rows, the returned count is the file's true row count, and an acknowledged flag survives a
 * crash. A row a killed process left unfinished (it was never acknowledged) is completed by the next
 * writer, keeping its bytes, so the file always parses.
 *
 * <p>If {@code logs.csv} already exists with another header (the interface changed), it is left
 * untouched and rows go to {@code logs_1.csv}, then {@code logs_2.csv}, …, the first file that is new or
 * has this header; a warning is logged.
 */
public class CSVLogger implements FlaggingCallback {
    private static final Logger LOG = LoggerFactory.getLogger(CSVLogger.class);

    /** The column holding the chosen option, as in the guide. */
    public static final String FLAG_OPTION_COLUMN = "flag_option";
    /** The column holding the logged-in user, present when the app has a login. */
    public static final String USERNAME_COLUMN = "username";
    /** The lock file inside the flagging directory that writers in every process take. */
    public static final String LOCK_FILE = ".logs.lock";

    // LF to match the guide's text; quote only when needed, like Python's csv module.
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private volatile List<Component> components;
    private volatile FlaggedFiles files;
    private volatile Path flaggingDir;
    private volatile boolean flagOptionColumn;
    private volatile boolean usernameColumn;

    // Guarded by DirectoryLocks.of(flaggingDir). The row count is reused only while the file still has
    // the length this logger left it at; any other writer changes the length and forces a recount.
    private int fileIndex;
    private long knownLength = -1;
    private long knownRecords;

    private final GroupCommit<Flag> commits = new GroupCommit<>();

    /** The guide's set-up: no {@code flag_option} and no {@code username} column. */
    @Override
    public void setup(List<Component> components, Path flaggingDir) {
        setup(FlaggingSetup.of(components, flaggingDir));
    }

    /**
     * A {@code flag_option} column when the page shows flagging options, a {@code username} column
     * when the app has a login; the header is fixed from the first row on.
     */
    @Override
    public void setup(FlaggingSetup setup) {
        Path dir = setup.flaggingDir();
        synchronized (DirectoryLocks.of(dir)) {
            this.components = setup.components();
            this.flaggingDir = dir;
            this.files = new FlaggedFiles(components, dir);
            this.flagOptionColumn = !setup.options().isEmpty();
            this.usernameColumn = setup.hasLogin();
            this.fileIndex = 0;
            this.knownLength = -1;
        }
    }

    @Override
    public int flag(List<Object> flagData, String flagOption, String username) throws IOException {
        List<Component> components = this.components;
        Path dir = this.flaggingDir;
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
        List<String> header = header(components);
        return commits.submit(new Flag(flagData, flagOption, username), DirectoryLocks.of(dir),
                batch -> write(dir, components, header, batch));
    }

    /** What one caller asked to log. */
    private record Flag(List<Object> flagData, String flagOption, String username) {}

    /** Writes a batch of flags under the OS lock: one append and one force for all of them. Called with the directory's monitor held. */
    private void write(Path dir, List<Component> components, List<String> header,
            List<GroupCommit.Request<Flag>> batch) throws IOException {
        Files.createDirectories(dir);
        try (FileChannel lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock ignored = lockChannel.lock()) {
            append(dir, components, header, batch);
        }
    }

    /** Called with both locks held. */
    private void append(Path dir, List<Component> components, List<String> header,
            List<GroupCommit.Request<Flag>> batch) throws IOException {
        for (int n = fileIndex; ; n++) {
            Path candidate = dir.resolve(fileName(n));
            try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                long records;
                if (n == fileIndex && channel.size() == knownLength) {
                    records = knownRecords;
                } else {
                    LogFiles.Scan scan = LogFiles.scan(channel);
                    if (scan.torn()) {
                        // Keep every byte: the unfinished row becomes a (possibly short) complete one.
                        LOG.warn("{} ended in an unfinished row ({} bytes); completing it so the file parses",
                                candidate, scan.length() - scan.completeLength());
                        LogFiles.appendDurably(channel, scan.completion().getBytes(StandardCharsets.UTF_8));
                        scan = new LogFiles.Scan(scan.records() + 1, channel.size(), channel.size(), false);
                    }
                    if (scan.records() > 0 && !header.equals(LogFiles.header(channel, scan))) {
                        continue;
                    }
                    records = scan.records();
                }
                if (n != fileIndex || knownLength < 0) {
                    announce(dir, n);
                }
                boolean newFile = records == 0;
                StringWriter text = new StringWriter();
                List<GroupCommit.Request<Flag>> written = new ArrayList<>();
                try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
                    if (newFile) {
                        printer.printRecord(header);
                    }
                    for (GroupCommit.Request<Flag> request : batch) {
                        Flag flag = request.row();
                        List<String> row;
                        try {
                            row = row(flag.flagData(), flag.flagOption(), flag.username());
                        } catch (IOException | RuntimeException e) {
                            // Only this flag's data was bad (or its file could not be saved); the others are still written.
                            request.fail(e);
                            continue;
                        }
                        printer.printRecord(row);
                        written.add(request);
                    }
                }
                if (written.isEmpty()) {
                    return;
                }
                LogFiles.appendDurably(channel, text.toString().getBytes(StandardCharsets.UTF_8));
                if (newFile) {
                    LogFiles.forceDirectory(dir);
                    records = 1;
                }
                // Only now, after the force, is any of them acknowledged.
                for (GroupCommit.Request<Flag> request : written) {
                    request.succeed(Math.toIntExact(records));
                    records++;
                }
                fileIndex = n;
                knownLength = channel.size();
                knownRecords = records;
                return;
            }
        }
    }

    /** Tells the operator when rows go somewhere other than logs.csv, and why. */
    private void announce(Path dir, int n) {
        if (n > 0) {
            LOG.warn("{} has a different header (the interface changed); leaving it untouched and writing flags to {}",
                    dir.resolve(fileName(n - 1)), dir.resolve(fileName(n)));
        }
    }

    static String fileName(int n) {
        return n == 0 ? "logs.csv" : "logs_" + n + ".csv";
    }

    private List<String> header(List<Component> components) {
        List<String> header = new ArrayList<>();
        for (Component component : components) {
            header.add(component.label());
        }
        if (flagOptionColumn) {
            header.add(FLAG_OPTION_COLUMN);
        }
        if (usernameColumn) {
            header.add(USERNAME_COLUMN);
        }
        return header;
    }

    private List<String> row(List<Object> flagData, String flagOption, String username) throws IOException {
        // File data goes to its folder first (im/0.png), under the log's locks so numbers never race;
        // the cell then holds the relative path.
        List<String> row = new ArrayList<>(files.save(flagData));
        if (flagOptionColumn) {
            row.add(flagOption == null ? "" : CsvText.neutralize(flagOption));
        }
        if (usernameColumn) {
            row.add(username == null ? "" : CsvText.neutralize(username));
        }
        return row;
    }
}
