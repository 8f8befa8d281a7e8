package dev.pennant.flagging;

import dev.pennant.components.Component;
import dev.pennant.components.ImageFormat;
import dev.pennant.components.ImageWriting;
import dev.pennant.components.JsonValues;
import dev.pennant.components.ValueType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
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
 * Saves the file data of a flag into one folder per file component, as the guide shows:
 *
 * <pre>
 * flagged/
 * +-- logs.csv        im,Output
 * +-- im/0.png        im/0.png,Output/0.png
 * +-- Output/0.png
 * </pre>
 *
 * Files are numbered per folder ({@code 0.png}, {@code 1.png}, …) and created with
 * {@code CREATE_NEW}, trying the next number when one is taken, so no flag ever overwrites another,
 * also when several threads, interfaces or processes flag into the same directory. Images the method
 * received or produced as {@code BufferedImage} are written as PNG; image bytes and image paths keep
 * their original bytes and get the extension of their sniffed format ({@code .jpg} for a JPEG); other
 * files keep their name's extension. Components without file data get no folder.
 *
 * <p>Loggers call {@link #save} with the flag data and write what it returns: file values replaced by
 * their path relative to the flagging directory ({@code im/0.png}), JSON values by their JSON text.
 */
public final class FlaggedFiles {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,9})(\\..*)?$");
    private static final Pattern SAFE_EXTENSION = Pattern.compile("^[A-Za-z0-9]{1,10}$");

    private final List<Component> components;
    private final Path flaggingDir;
    private final Map<Path, AtomicInteger> nextNumber = new ConcurrentHashMap<>();

    /** @param components the interface's inputs then outputs, as given to {@code FlaggingCallback.setup} */
    public FlaggedFiles(List<Component> components, Path flaggingDir) {
        this.components = List.copyOf(components);
        this.flaggingDir = flaggingDir;
    }

    /**
     * Writes the files of one flag and returns the values to put in its CSV row: a relative path with
     * '/' separators for each file value, JSON text for each JSON value, every other value unchanged.
     */
    public List<Object> save(List<Object> flagData) throws IOException {
        List<Object> cells = new ArrayList<>(flagData.size());
        for (int i = 0; i < flagData.size(); i++) {
            cells.add(i < components.size() ? save(components.get(i), i, flagData.get(i)) : flagData.get(i));
        }
        return cells;
    }

    /**
     * The same for one value: writes it to its component's folder if it is file data and returns its
     * relative path; JSON text for a JSON value; any other value unchanged.
     *
     * @param index the component's position, for the folder name when its label leaves nothing usable
     */
    public Object save(Component component, int index, Object value) throws IOException {
        if (value == null) {
            return null;
        }
        if (component.holdsFiles()) {
            return saveFile(component, index, value);
        }
        if (component.valueType().kind() == ValueType.Kind.JSON) {
            return JsonValues.text(value);
        }
        return value;
    }

    private String saveFile(Component component, int index, Object value) throws IOException {
        String folderName = FolderNames.safe(component.label(), index);
        Path folder = flaggingDir.resolve(folderName).normalize();
        if (!folder.getParent().equals(flaggingDir.normalize())) {
            throw new IllegalStateException("folder " + folderName + " would leave the flagging directory");
        }
        Files.createDirectories(folder);
        Path written;
        if (value instanceof BufferedImage image) {
            written = create(folder, "png", channel -> writeAll(channel, ImageWriting.png(image)));
        } else if (value instanceof byte[] bytes) {
            String extension = ImageFormat.sniff(bytes).map(ImageFormat::extension).orElse("bin");
            written = create(folder, extension, channel -> writeAll(channel, bytes));
        } else if (value instanceof Path source) {
            written = create(folder, extensionOf(source), channel -> {
                try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ)) {
                    long size = in.size();
                    for (long done = 0; done < size; ) {
                        done += channel.transferFrom(in, done, size - done);
                    }
                }
            });
        } else {
            throw new IllegalArgumentException("flagged value for \"" + component.label() + "\" is a "
                    + value.getClass().getName() + ", not an image or a file");
        }
        return folderName + "/" + written.getFileName();
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

    /** The sniffed image extension, else the file name's extension when it is plain, else none. */
    private static String extensionOf(Path source) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(source)) {
            head = in.readNBytes(32);
        }
        var image = ImageFormat.sniff(head);
        if (image.isPresent()) {
            return image.get().extension();
        }
        Path name = source.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        String extension = dot > 0 ? text.substring(dot + 1) : "";
        return SAFE_EXTENSION.matcher(extension).matches() ? extension.toLowerCase(java.util.Locale.ROOT) : "";
    }
}
