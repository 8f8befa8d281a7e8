package dev.pennant.components;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Converts file data between Gradio's FileData JSON and the Java types of image and file
 * components, through the server's {@link FileStorage}.
 *
 * <p>In: {@code {"path": "<issued path>", "orig_name": "cat.jpg", "meta": {"_type": "gradio.FileData"}}}.
 * The path must be one the storage issued (an upload or an earlier output); anything else, including
 * a URL, is refused, so a client can never make the server read a file of its choosing
 * (Gradio's CVE-2025-48889 and its {@code /file=} traversal history).
 *
 * <p>Out: {@code {"path", "url": "<root>/gradio_api/file=<path>", "size", "orig_name", "mime_type",
 * "is_stream": false, "meta": {"_type": "gradio.FileData"}}}, the shape Gradio's clients download.
 */
public final class FileCodec {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String UPLOAD_HINT = "upload it with POST /gradio_api/upload and send the path it returns";

    /** For callers without a file store: every file input is refused with a clear message. */
    public static final FileCodec NONE = new FileCodec(null, 0, "");

    private final FileStorage storage;
    private final long maxImagePixels;
    private final String root;

    /**
     * @param storage the server's files
     * @param maxImagePixels the largest width × height an image input may have
     * @param root the public URL output FileData's {@code url} starts with, without a trailing slash
     */
    public FileCodec(FileStorage storage, long maxImagePixels, String root) {
        this.storage = storage;
        this.maxImagePixels = maxImagePixels;
        this.root = root;
    }

    /** Whether values of this kind are files (and so pass through this codec). */
    public static boolean handles(ValueType.Kind kind) {
        return switch (kind) {
            case IMAGE, IMAGE_BYTES, IMAGE_PATH, FILE_PATH -> true;
            default -> false;
        };
    }

    /** The Java value for a FileData the client sent: BufferedImage, byte[] or Path. */
    public Object decode(Component component, JsonNode node) {
        String label = component.label();
        StoredFile file = lookUp(label, node);
        ValueType.Kind kind = component.valueType().kind();
        if (kind == ValueType.Kind.FILE_PATH) {
            return file.path();
        }
        byte[] bytes = read(label, file);
        return switch (kind) {
            case IMAGE -> ImageReading.decode(label, bytes, maxImagePixels);
            case IMAGE_BYTES -> {
                ImageReading.inspect(label, bytes, maxImagePixels);
                yield bytes;
            }
            case IMAGE_PATH -> {
                ImageReading.inspect(label, bytes, maxImagePixels);
                yield file.path();
            }
            default -> throw new IllegalArgumentException(component.valueType() + " is not a file type");
        };
    }

    private StoredFile lookUp(String label, JsonNode node) {
        if (!node.isObject() || !node.path("path").isTextual() || node.path("path").textValue().isEmpty()) {
            throw new InvalidInputException(label, "expected a file: {\"path\": \"...\", \"meta\": {\"_type\": \"gradio.FileData\"}}; "
                    + UPLOAD_HINT);
        }
        String path = node.get("path").textValue();
        if (looksLikeUrl(path)) {
            throw new InvalidInputException(label, "URLs are not accepted as files; " + UPLOAD_HINT);
        }
        Optional<StoredFile> file = storage == null ? Optional.empty() : storage.find(path);
        return file.orElseThrow(() -> new InvalidInputException(label, "the file " + shown(path)
                + " was not received by this server (or has expired); " + UPLOAD_HINT));
    }

    private static byte[] read(String label, StoredFile file) {
        try {
            return Files.readAllBytes(file.path());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(label, "the file has expired; " + UPLOAD_HINT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The FileData for a value the method returned (or null for null). A BufferedImage is stored as
     * PNG; bytes must be an image; a Path is copied, so the method may delete its own file afterwards.
     */
    public JsonNode encode(Component component, Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (storage == null) {
            throw new IllegalStateException("file outputs need the server's file store");
        }
        try {
            StoredFile stored = switch (component.valueType().kind()) {
                case IMAGE -> storage.save(ImageWriting.png((BufferedImage) value), "image.png");
                case IMAGE_BYTES -> {
                    byte[] bytes = (byte[]) value;
                    ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new IllegalStateException(
                            "the method returned bytes for image output \"" + component.label() + "\" that are not an image"));
                    yield storage.save(bytes, "image." + format.extension());
                }
                case IMAGE_PATH, FILE_PATH -> copy(component, (Path) value);
                default -> throw new IllegalArgumentException(component.valueType() + " is not a file type");
            };
            return fileData(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store output \"" + component.label() + "\"", e);
        }
    }

    private StoredFile copy(Component component, Path source) throws IOException {
        if (component.valueType().kind() == ValueType.Kind.IMAGE_PATH) {
            byte[] head = new byte[32];
            int n;
            try (InputStream in = Files.newInputStream(source)) {
                n = in.readNBytes(head, 0, head.length);
            }
            if (ImageFormat.sniff(java.util.Arrays.copyOf(head, n)).isEmpty()) {
                throw new IllegalStateException("the method returned " + source + " for image output \""
                        + component.label() + "\", which is not an image");
            }
        }
        Path name = source.getFileName();
        return storage.copy(source, name == null ? "file" : name.toString());
    }

    /**
     * What the server keeps of an output for flagging: for a Path output, the stored copy (the
     * method's own file may be gone by the time someone flags); other values unchanged.
     */
    public static Object keptValue(Component component, Object value, JsonNode encoded) {
        ValueType.Kind kind = component.valueType().kind();
        if ((kind == ValueType.Kind.IMAGE_PATH || kind == ValueType.Kind.FILE_PATH) && encoded.path("path").isTextual()) {
            return Path.of(encoded.get("path").textValue());
        }
        return value;
    }

    /** Gradio's FileData for a stored file. */
    public ObjectNode fileData(StoredFile file) {
        ObjectNode data = JSON.objectNode();
        data.put("path", file.issuedPath());
        data.put("url", root + "/gradio_api/file=" + urlPath(file.issuedPath()));
        data.put("size", file.size());
        data.put("orig_name", file.origName());
        data.put("mime_type", file.mimeType());
        data.put("is_stream", false);
        data.putObject("meta").put("_type", "gradio.FileData");
        return data;
    }

    /** Percent-encodes everything but unreserved characters and '/', so the path survives as one URL path. */
    static String urlPath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static boolean looksLikeUrl(String path) {
        // scheme:... (http:, https:, file:, data:, …), but not a Windows drive letter like C:\
        return path.matches("(?is)^[a-z][a-z0-9+.-]*:.*") && !path.matches("(?is)^[a-z]:[\\\\/].*");
    }

    private static String shown(String text) {
        return "\"" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "\"";
    }
}
