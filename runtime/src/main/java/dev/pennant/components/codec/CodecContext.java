package dev.pennant.components.codec;

import java.nio.file.Path;

/**
 * What codecs need from the server that serves them, and nothing of how it lays out its routes: its
 * files, the image size limit, the URL clients download a stored file from, and the directory example
 * cells name files in. The server implements it; codecs never build a URL themselves.
 */
public interface CodecContext {

    /** Outside a server (tests, benchmarks): no file is known, none can be stored, files have no URL. */
    CodecContext NONE = new CodecContext() {
        @Override
        public FileStorage files() {
            return FileStorage.NONE;
        }

        @Override
        public long maxImagePixels() {
            return 0;
        }

        @Override
        public String url(StoredFile file) {
            return null;
        }

        @Override
        public String uploadRoute() {
            return "the server's upload route";
        }

        @Override
        public Path examplesDir() {
            return Path.of("");
        }
    };

    /** Where file inputs are looked up (only by the paths it issued) and file outputs and example files stored. */
    FileStorage files();

    /** The largest width × height an image input may have. */
    long maxImagePixels();

    /**
     * The URL a client downloads {@code file} from, for FileData's {@code url}; null to leave the URL out
     * (examples in {@code /config}, built once at launch: the page derives it from the path).
     */
    String url(StoredFile file);

    /** How a client uploads a file, for messages, e.g. {@code POST} and the server's upload route. */
    String uploadRoute();

    /**
     * The directory the file cells of examples name files in ({@code im/0.png}): a flagging directory for
     * its {@code logs.csv} rows, the working directory for inline {@code @Example} rows.
     */
    Path examplesDir();
}
