package dev.pennant;

import dev.pennant.server.ServerLauncher;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Serves the {@link Interface} methods of some classes as a web app with a Gradio-compatible API.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *     Pennant.launch(Calculator.class);   // http://127.0.0.1:7860, blocks like demo.launch()
 * }
 * }</pre>
 *
 * For tests and embedding, {@link #builder()} starts a server that reports its port and can be closed:
 * <pre>{@code
 * try (PennantServer server = Pennant.builder().serve(Calculator.class).port(0).start()) {
 *     URI page = server.uri();
 * }
 * }</pre>
 */
public final class Pennant {

    private Pennant() {}

    /**
     * Serves every {@code @Interface} static method of these classes (several interfaces become tabs),
     * prints the URL and blocks until the process is stopped. Host and port come from
     * {@code GRADIO_SERVER_NAME} and {@code GRADIO_SERVER_PORT} (127.0.0.1 and 7860 when unset).
     */
    public static void launch(Class<?>... classes) {
        Builder builder = builder();
        for (Class<?> type : classes) {
            builder.serve(type);
        }
        builder.start().block();
    }

    /**
     * Serves every {@code @Interface} method of these objects' classes, instance methods bound to the
     * objects, and blocks like {@link #launch(Class[])}.
     */
    public static void launch(Object... targets) {
        Builder builder = builder();
        for (Object target : targets) {
            builder.serve(target);
        }
        builder.start().block();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures and starts a server; settings not made here come from the environment. */
    public static final class Builder {
        private final ServerLauncher launcher = new ServerLauncher();

        private Builder() {}

        /** Serves the static {@code @Interface} methods of this class. */
        public Builder serve(Class<?> type) {
            launcher.serve(type);
            return this;
        }

        /** Serves the {@code @Interface} methods of this object's class, instance methods bound to it. */
        public Builder serve(Object target) {
            launcher.serve(target);
            return this;
        }

        /** The address to bind; overrides {@code GRADIO_SERVER_NAME}. */
        public Builder host(String host) {
            launcher.host(host);
            return this;
        }

        /** The port to bind, 0 for any free port; overrides {@code GRADIO_SERVER_PORT}. */
        public Builder port(int port) {
            launcher.port(port);
            return this;
        }

        /** Reads {@code GRADIO_*} settings from this map instead of the process environment. */
        public Builder environment(Map<String, String> environment) {
            launcher.environment(environment);
            return this;
        }

        /**
         * Lets this user in (call once per user). With at least one user, every page and API route is
         * behind a login page and a session cookie, and flags record who made them (the {@code username}
         * column of {@code CSVLogger}). Like Gradio's {@code demo.launch(auth=("admin", "pass1234"))}.
         */
        public Builder auth(String username, String password) {
            launcher.auth(username, password);
            return this;
        }

        /**
         * Lets in whoever this function accepts, e.g. a lookup in your user store; like Gradio's
         * {@code auth=same_auth}. It is called only for login attempts, which are rate-limited per address.
         */
        public Builder auth(BiPredicate<String, String> check) {
            launcher.auth(check);
            return this;
        }

        /**
         * How long a flag waits for the flagging callback before it is answered with 504 (the callback
         * keeps running in its own thread); 30 seconds by default.
         */
        public Builder flagTimeout(Duration timeout) {
            launcher.flagTimeout(timeout);
            return this;
        }

        /**
         * How many predictions may wait in each interface's queue (default 64, like a bounded
         * Gradio {@code queue(max_size=…)}); one more is refused with 503 until the queue moves.
         */
        public Builder maxQueueSize(int maxQueueSize) {
            launcher.maxQueueSize(maxQueueSize);
            return this;
        }

        /** The largest file an upload may carry, in bytes (default 10 MB); larger uploads get 413. */
        public Builder maxFileSize(long bytes) {
            launcher.maxFileSize(bytes);
            return this;
        }

        /** How many files one upload request may carry (default 10); more get 413. */
        public Builder maxFilesPerUpload(int files) {
            launcher.maxFilesPerUpload(files);
            return this;
        }

        /** The largest width × height an image input may have (default 40,000,000); checked before decoding. */
        public Builder maxImagePixels(long pixels) {
            launcher.maxImagePixels(pixels);
            return this;
        }

        /** How long uploaded and produced files are kept after their last use (default one hour). */
        public Builder fileLifetime(Duration lifetime) {
            launcher.fileLifetime(lifetime);
            return this;
        }

        /** Finds the generated interfaces, calls each flagging callback's setup, and starts serving. */
        public PennantServer start() {
            return launcher.start();
        }
    }
}
