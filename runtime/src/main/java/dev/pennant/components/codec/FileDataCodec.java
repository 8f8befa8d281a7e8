package dev.pennant.components.codec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pennant.components.Component;
import dev.pennant.components.InvalidInputException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The kinds whose values travel as Gradio's FileData (Image, File, Audio, Video), through the server's
 * {@link FileStorage}.
 *
 * <p>In: {@code {"path": "<issued path>", "orig_name": "cat.jpg", "meta": {"_type": "gradio.FileData"}}}.
 * The path must be one the storage issued (an upload or an earlier output); anything else, including
 * a URL, is refused, so a client can never make the server read a file of its choosing
 * (Gradio's CVE-2025-48889 and its {@code /file=} traversal history).
 *
 * <p>Out: {@code {"path", "url", "size", "orig_name", "mime_type", "is_stream": false, "meta": {"_type":
 * "gradio.FileData"}}}, the shape Gradio's clients download; the URL is the server's
 * ({@link CodecContext#url}). Flagged: the file in the component's folder, the cell its relative path.
 */
abstract class FileDataCodec extends ComponentCodec {
    private static final Pattern SAFE_EXTENSION = Pattern.compile("^[A-Za-z0-9]{1,10}$");

    /** The Java value for a file the server holds. */
    abstract Object fromFile(Component component, StoredFile file, CodecContext context);

    /** Stores a value the method returned. */
    abstract StoredFile store(Component component, Object value, FileStorage storage) throws IOException;

    /** Checks an example file before it is offered, as {@link #fromFile} would check an upload of it. */
    void checkExample(Component component, String cell, Path file, CodecContext context) {}

    @Override
    final Object decodeValue(Component component, JsonNode node, CodecContext context) {
        return fromFile(component, lookUp(component.label(), node, context), context);
    }

    private static StoredFile lookUp(String label, JsonNode node, CodecContext context) {
        if (!node.isObject() || !node.path("path").isTextual() || node.path("path").textValue().isEmpty()) {
            throw new InvalidInputException(label, "expected a file: {\"path\": \"...\", \"meta\": {\"_type\": \"gradio.FileData\"}}; "
                    + uploadHint(context));
        }
        String path = node.get("path").textValue();
        if (looksLikeUrl(path)) {
            throw new InvalidInputException(label, "URLs are not accepted as files; " + uploadHint(context));
        }
        return context.files().find(path).orElseThrow(() -> new InvalidInputException(label, "the file \""
                + Shown.cut(path, 80) + "\" was not received by this server (or has expired); " + uploadHint(context)));
    }

    /** The bytes of a stored file; it may have expired since it was looked up. */
    static byte[] read(String label, StoredFile file, CodecContext context) {
        try {
            return Files.readAllBytes(file.path());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(label, "the file has expired; " + uploadHint(context));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uploadHint(CodecContext context) {
        return "upload it with " + context.uploadRoute() + " and send the path it returns";
    }

    private static boolean looksLikeUrl(String path) {
        // scheme:... (http:, https:, file:, data:, …), but not a Windows drive letter like C:\
        return path.matches("(?is)^[a-z][a-z0-9+.-]*:.*") && !path.matches("(?is)^[a-z]:[\\\\/].*");
    }

    /** A Path is copied into the storage, so the method may delete its own file afterwards. */
    @Override
    final JsonNode encodeValue(Component component, Object value, CodecContext context) {
        StoredFile stored;
        try {
            stored = store(component, value, context.files());
        } catch (IOException e) {
            throw new UncheckedIOException("could not store output \"" + component.label() + "\"", e);
        }
        return fileData(stored, context.url(stored));
    }

    /** Gradio's FileData for a stored file; without {@code url} when {@code url} is null. */
    static ObjectNode fileData(StoredFile file, String url) {
        ObjectNode data = JSON.objectNode();
        data.put("path", file.issuedPath());
        if (url != null) {
            data.put("url", url);
        }
        data.put("size", file.size());
        data.put("orig_name", file.origName());
        data.put("mime_type", file.mimeType());
        data.put("is_stream", false);
        data.putObject("meta").put("_type", "gradio.FileData");
        return data;
    }

    /**
     * Bytes or a file the method returned, checked to be {@code what} ("an image") by {@code extension},
     * which gives the sniffed format's extension: bytes are saved as {@code <base>.<extension>}, a file is
     * copied under its own name. Anything else is a bug in the method, reported as such.
     */
    static StoredFile storeChecked(Component component, Object value, FileStorage storage, String base,
                                   Function<byte[], Optional<String>> extension, String what) throws IOException {
        String output = component.type().displayName().toLowerCase(Locale.ROOT) + " output \"" + component.label() + "\"";
        if (value instanceof byte[] bytes) {
            String sniffed = extension.apply(bytes).orElseThrow(() -> new IllegalStateException(
                    "the method returned bytes for " + output + " that are not " + what));
            return storage.save(bytes, base + "." + sniffed);
        }
        Path source = (Path) value;
        if (extension.apply(head(source)).isEmpty()) {
            throw new IllegalStateException("the method returned " + source + " for " + output + ", which is not " + what);
        }
        return copy(source, storage);
    }

    /** A stored copy of a file the method returned, under the name it had. */
    static StoredFile copy(Path source, FileStorage storage) throws IOException {
        Path name = source.getFileName();
        return storage.copy(source, name == null ? "file" : name.toString());
    }

    /** For a returned file: the stored copy, since the method's own file may be gone by the time someone flags. */
    @Override
    public final Object kept(Component component, Object value, JsonNode encoded) {
        return value instanceof Path && encoded.path("path").isTextual() ? Path.of(encoded.get("path").textValue()) : value;
    }

    /** The file is written to the component's folder; the cell is its path relative to the flagging directory. */
    @Override
    final String flagValue(Component component, Object value, FlagFolder folder) throws IOException {
        return CsvText.neutralize(writeFlagged(component, value, folder));
    }

    /**
     * Writes a value's file to {@code folder} and returns its relative path ({@code im/0.png}). A
     * {@code BufferedImage} is written as PNG (so the guide's {@code im/0.png} holds even when a JPEG was
     * uploaded); bytes and files keep their original bytes and get the extension of their real format
     * ({@code .jpg} for a JPEG, {@code .wav}, {@code .mp4}), else a file keeps its name's extension.
     */
    String writeFlagged(Component component, Object value, FlagFolder folder) throws IOException {
        if (value instanceof BufferedImage image) {
            return folder.write(ImageWriting.png(image), "png");
        }
        if (value instanceof byte[] bytes) {
            return folder.write(bytes, ContentTypes.extension(bytes).orElse("bin"));
        }
        if (value instanceof Path source) {
            return folder.copy(source, extensionOf(source));
        }
        throw new IllegalArgumentException("flagged value for \"" + component.label() + "\" is a "
                + value.getClass().getName() + ", not " + component.type().displayName().toLowerCase(Locale.ROOT) + " data");
    }

    /** The first bytes of a file, enough to tell its format ({@link ContentTypes}). */
    static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ContentTypes.HEAD_BYTES);
        }
    }

    /** The first bytes of a stored input file; it may have expired since it was looked up. */
    static byte[] head(String label, StoredFile file, CodecContext context) {
        try {
            return head(file.path());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(label, "the file has expired; " + uploadHint(context));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sniffed extension ({@link ContentTypes}), else the file name's extension when it is plain, else none. */
    private static String extensionOf(Path source) throws IOException {
        var sniffed = ContentTypes.extension(head(source));
        if (sniffed.isPresent()) {
            return sniffed.get();
        }
        Path name = source.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        String extension = dot > 0 ? text.substring(dot + 1) : "";
        return SAFE_EXTENSION.matcher(extension).matches() ? extension.toLowerCase(Locale.ROOT) : "";
    }

    /**
     * A file cell names a file inside the examples directory ({@link ExampleFile}); it is checked, kept
     * in the server's files for as long as the server runs, and offered as FileData with its issued path,
     * so a click on the example sends that path exactly as an upload's.
     */
    @Override
    public final JsonNode readFlag(Component component, String cell, CodecContext context) {
        Path file = ExampleFile.inside(component, cell, context.examplesDir());
        checkExample(component, cell, file, context);
        StoredFile stored;
        try {
            stored = context.files().keep(file, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the example file " + file, e);
        }
        return fileData(stored, context.url(stored));
    }

    @Override
    public final ObjectNode apiSchema(Component component) {
        // Gradio's FileData: clients upload first, then send the path the server issued.
        ObjectNode schema = JSON.objectNode();
        schema.put("title", "FileData");
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        props.putObject("path").put("type", "string");
        props.putObject("orig_name").put("type", "string");
        props.putObject("meta").put("type", "object");
        schema.putArray("required").add("path");
        return schema;
    }

    @Override
    public final String pythonType(Component component) {
        return "filepath";
    }

    /** No example: a client must upload a file first. */
    @Override
    public final JsonNode exampleInput(Component component, String inlineExample) {
        return JSON.nullNode();
    }
}
