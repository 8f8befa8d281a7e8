package dev.pennant.flagging;

import dev.pennant.components.Component;
import dev.pennant.components.codec.Codecs;
import dev.pennant.components.codec.FlagFolder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the CSV cells of a flag, and its file data into one folder per file component, as the guide
 * shows:
 *
 * <pre>
 * flagged/
 * +-- logs.csv        im,Output
 * +-- im/0.png        im/0.png,Output/0.png
 * +-- Output/0.png
 * </pre>
 *
 * Each component's codec decides its cell ({@code 5}, {@code add}, {@code {'cat': 0.7}}) and what its
 * files are; this class lays out the folders. Files are numbered per folder ({@code 0.png},
 * {@code 1.png}, …) and created with {@code CREATE_NEW}, trying the next number when one is taken, so
 * no flag ever overwrites another, also when several threads, interfaces or processes flag into the
 * same directory. Images the method received or produced as {@code BufferedImage} are written as PNG;
 * image bytes and image paths keep their original bytes and get the extension of their sniffed format
 * ({@code .jpg} for a JPEG); other files keep their name's extension. Components without file data get
 * no folder.
 *
 * <p>A custom callback can call {@link #save} for the same layout and the cells {@link CSVLogger} writes.
 */
public final class FlaggedFiles {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})(\\..*)?$");

    private final List<Component> components;
    private final Path flaggingDir;
    private final Map<Path, AtomicInteger> nextNumber = new ConcurrentHashMap<>();

    /** @param components the interface's inputs then outputs, as given to {@code FlaggingCallback.setup} */
    public FlaggedFiles(List<Component> components, Path flaggingDir) {
        this.components = List.copyOf(components);
        this.flaggingDir = flaggingDir;
    }

    /**
     * Writes the files of one flag and returns its CSV cells, one per component: a relative path with
     * '/' separators for each file value ({@code im/0.png}), the guide's text for every other value
     * ({@code 12}, {@code add}, {@code {'cat': 0.7, 'dog': 0.3}}, compact JSON text), an empty cell for null.
     *
     * @throws IllegalArgumentException when there is not one value per component
     */
    public List<String> save(List<Object> flagData) throws IOException {
        if (flagData.size() != components.size()) {
            throw new IllegalArgumentException("expected " + components.size() + " values (one per component), got "
                    + flagData.size());
        }
        List<String> cells = new ArrayList<>(flagData.size());
        for (int i = 0; i < flagData.size(); i++) {
            Component component = components.get(i);
            cells.add(Codecs.of(component).flag(component, flagData.get(i), folder(component, i)));
        }
        return cells;
    }

    /** A component's folder, created when its first file is written. */
    private FlagFolder folder(Component component, int index) {
        return new FlagFolder() {
            @Override
            public String write(byte[] bytes, String extension) throws IOException {
                return createIn(component, index, extension, channel -> writeAll(channel, bytes));
            }

            @Override
            public String copy(Path source, String extension) throws IOException {
                return createIn(component, index, extension, channel -> {
                    try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
                        long size = in.size();
                        for (long done = 0; done < size; ) {
                            done += channel.transferFrom(in, done, size - done);
                        }
                    }
                });
            }
        };
    }

    /**
     * Creates the next file in the component's folder: the label made safe ({@link FolderNames}), which can
     * never leave the flagging directory. Returns its path relative to the flagging directory.
     */
    private String createIn(Component component, int index, String extension, Writer writer) throws IOException {
        String folderName = FolderNames.safe(component.label(), index);
        Path folder = flaggingDir.resolve(folderName).normalize();
        if (!folder.getParent().equals(flaggingDir.normalize())) {
            throw new IllegalStateException("folder " + folderName + " would leave the flagging directory");
        }
        Files.createDirectories(folder);
        return folderName + "/" + create(folder, extension, writer).getFileName();
    }

    @FunctionalInterface
    private interface Writer {
        void write(FileChannel channel) throws IOException;
    }

    /** Creates {@code <n>.<extension>} with the lowest free number from this folder's counter, writes it, forces it to disk. */
    private Path create(Path folder, String extension, Writer writer) throws IOException {
        AtomicInteger counter = nextNumber.computeIfAbsent(folder, FlaggedFiles::firstFreeNumber);
        while (true) {
            Path target = folder.resolve(counter.getAndIncrement() + (extension.isEmpty() ? "" : "." + extension));
            FileChannel channel;
            try {
                channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            try (channel) {
                writer.write(channel);
                channel.force(true);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(target);
                throw e;
            }
            return target;
        }
    }

    /** One more than the highest number already used in the folder, so numbering continues across restarts. */
    private static AtomicInteger firstFreeNumber(Path folder) {
        int max = -1;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = NUMBERED.matcher(file.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            // An unreadable folder starts at 0; CREATE_NEW still never overwrites.
        }
        return new AtomicInteger(max + 1);
    }

    private static void writeAll(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
