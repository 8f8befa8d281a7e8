package dev.pennant.server.files;

import dev.pennant.components.codec.CodecContext;
import dev.pennant.components.codec.FileStorage;
import dev.pennant.components.codec.StoredFile;
import dev.pennant.server.http.PercentEncoding;
import java.nio.file.Path;

/**
 * What the component codecs see of this server: its {@link FileStore}, its image size limit, and its
 * routes, the only place that knows them: a stored file is downloaded from
 * {@code <root>/gradio_api/file=<issued path>}, uploads go to {@code POST /gradio_api/upload}.
 *
 * @param root the public URL of the request a prediction serves, without a trailing slash; null at
 *     launch, where examples are read once for every request and the page derives a file's URL itself
 * @param examplesDir what example file cells are resolved against
 */
public record FileContext(FileStore store, String root, Path examplesDir) implements CodecContext {

    /** For a prediction: inputs are looked up in the store, outputs stored with URLs under the request's root. */
    public static FileContext forRequest(FileStore store, String root) {
        return new FileContext(store, root, Path.of(""));
    }

    /** For the examples read at launch from {@code examplesDir}: no URLs, since no request is known. */
    public static FileContext forExamples(FileStore store, Path examplesDir) {
        return new FileContext(store, null, examplesDir);
    }

    @Override
    public FileStorage files() {
        return store == null ? FileStorage.NONE : store;
    }

    @Override
    public long maxImagePixels() {
        return store == null ? 0 : store.limits().maxImagePixels();
    }

    @Override
    public String url(StoredFile file) {
        return root == null ? null : root + FileRoutes.FILE_ROUTE_PREFIX + PercentEncoding.encode(file.issuedPath(), "/");
    }

    @Override
    public String uploadRoute() {
        return "POST " + FileRoutes.UPLOAD_ROUTE;
    }
}
