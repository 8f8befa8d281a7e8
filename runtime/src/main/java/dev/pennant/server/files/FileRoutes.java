package dev.pennant.server.files;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.pennant.components.codec.StoredFile;
import dev.pennant.server.http.ApiException;
import dev.pennant.server.http.HttpJson;
import dev.pennant.server.http.PercentEncoding;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gradio's file routes.
 *
 * <p>{@code POST /gradio_api/upload}, multipart with one or more parts named {@code files}: stores each
 * and answers the issued paths, {@code ["/tmp/pennant-uploads…/<hex>/cat.png"]}. Jetty streams parts
 * over a small threshold to the store's own directory and stops reading a part at the size limit, so
 * an oversized body is never held in memory. 400 for a request that is not multipart or has no
 * {@code files} part; 413 for a file over {@link FileLimits#maxFileSize()} or more than
 * {@link FileLimits#maxFilesPerUpload()} parts.
 *
 * <p>{@code GET /gradio_api/file=<issued path>}: the stored file, looked up by exact path in the store's
 * index (the request path never reaches the file system), as an attachment with its sniffed type;
 * everything else is 404.
 */
public final class FileRoutes {
    static final String FILE_ROUTE_PREFIX = "/gradio_api/file=";
    static final String UPLOAD_ROUTE = "/gradio_api/upload";
    /** Parts smaller than this stay in memory while the request is parsed; larger ones go to the store's directory. */
    private static final int IN_MEMORY_PART_BYTES = 64 * 1024;

    private final FileStore store;
    private final FileLimits limits;

    public FileRoutes(FileStore store) {
        this.store = store;
        this.limits = store.limits();
    }

    public void register(JavalinConfig config) {
        config.jetty.multipartConfig.cacheDirectory(store.directory().toString());
        config.jetty.multipartConfig.maxFileSize(limits.maxFileSize(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(IN_MEMORY_PART_BYTES, SizeUnit.BYTES);
        // Room for every allowed file plus the multipart framing around each.
        config.jetty.multipartConfig.maxTotalRequestSize(
                limits.maxFilesPerUpload() * (limits.maxFileSize() + 16 * 1024), SizeUnit.BYTES);
        // Jetty takes its limit on multipart parts from the context's form-key limit; one spare part
        // lets the count check below answer with a clear message instead of a parser error.
        config.jetty.modifyServletContextHandler(handler -> handler.setMaxFormKeys(limits.maxFilesPerUpload() + 1));

        config.routes.post(UPLOAD_ROUTE, this::upload);
        config.routes.get("/gradio_api/file=<path>", this::download);
    }

    private void upload(Context ctx) throws IOException {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ApiException(400, "Upload files as multipart/form-data with one or more parts named \"files\"");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("files");
        } catch (Exception e) {
            // Parsing stopped part-way, so the rest of the body is unread: the connection cannot carry another request.
            ctx.header("Connection", "close");
            throw refusal(e);
        }
        if (files.isEmpty()) {
            throw new ApiException(400, "The upload has no file part named \"files\"");
        }
        if (files.size() > limits.maxFilesPerUpload()) {
            throw new ApiException(413, tooManyFiles());
        }
        ArrayNode paths = HttpJson.MAPPER.createArrayNode();
        for (UploadedFile file : files) {
            try (InputStream content = file.content()) {
                StoredFile stored = store.receive(content, file.filename());
                paths.add(stored.issuedPath());
            }
        }
        HttpJson.send(ctx, 200, paths);
    }

    /**
     * Jetty reports limits and malformed bodies as exceptions from parsing (e.g. "max file size
     * exceeded: 65536", "Form with too many keys [5 > 4]"), wrapped a few levels deep; find which.
     */
    private ApiException refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("max file size") || message.contains("maxfilesize") || message.contains("max part size")) {
                return new ApiException(413, "A file is larger than the limit of " + limits.maxFileSize()
                        + " bytes (Pennant.builder().maxFileSize(bytes) changes it)");
            }
            if (message.contains("too many keys") || message.contains("too many parts") || message.contains("max parts")) {
                return new ApiException(413, tooManyFiles());
            }
            if (message.contains("max request size") || message.contains("max size") || message.contains("maxrequestsize")) {
                return new ApiException(413, "The upload is larger than " + limits.maxFilesPerUpload() + " files of "
                        + limits.maxFileSize() + " bytes");
            }
        }
        return new ApiException(400, "The upload is not valid multipart/form-data");
    }

    private String tooManyFiles() {
        return "An upload may carry at most " + limits.maxFilesPerUpload()
                + " files (Pennant.builder().maxFilesPerUpload(n) changes it)";
    }

    private void download(Context ctx) throws IOException {
        String raw = ctx.req().getRequestURI();
        int start = raw.indexOf(FILE_ROUTE_PREFIX);
        Optional<String> issued = start < 0 ? Optional.empty() : PercentEncoding.decode(raw.substring(start + FILE_ROUTE_PREFIX.length()));
        Optional<StoredFile> file = issued.flatMap(store::find);
        if (file.isEmpty()) {
            throw new ApiException(404, "No such file on this server (it may have expired)");
        }
        StoredFile stored = file.get();
        InputStream content;
        try {
            content = Files.newInputStream(stored.path());
        } catch (NoSuchFileException e) {
            throw new ApiException(404, "No such file on this server (it may have expired)");
        }
        ctx.header("Content-Disposition", contentDisposition(stored.origName()));
        ctx.header("Cache-Control", "private, max-age=3600");
        ctx.contentType(stored.mimeType());
        ctx.result(content);
    }

    /** {@code attachment; filename="cat.png"; filename*=UTF-8''cat.png}, with the plain name reduced to safe ASCII. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + PercentEncoding.encode(name, "");
    }
}
