package dev.pennant.server;

import dev.pennant.FlaggingMode;
import dev.pennant.PennantServer;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.flagging.FlaggingSetup;
import dev.pennant.server.auth.Credentials;
import dev.pennant.server.examples.ExampleRows;
import dev.pennant.server.files.FileLimits;
import dev.pennant.server.files.FileStore;
import dev.pennant.server.flag.FlagDispatch;
import dev.pennant.server.predict.EventStore;
import dev.pennant.server.predict.ServedInterface;
import dev.pennant.server.queue.Heartbeats;
import dev.pennant.spi.InterfaceSpec;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The server's one entry point, behind {@code Pennant.builder()}, which documents each setting:
 * collects what to serve and how, then {@link #start()} finds the targets' generated interfaces,
 * settles names and flagging modes, sets up each flagging callback once, and serves. Everything that
 * depends on the environment fails at start, before the first request. Internal: users call
 * {@code Pennant}.
 */
public final class ServerLauncher {
    private final List<Object> targets = new ArrayList<>();
    private String host;
    private Integer port;
    private Map<String, String> environment = System.getenv();
    private final Credentials credentials = new Credentials();
    private Duration flagTimeout = LaunchOptions.DEFAULT_FLAG_TIMEOUT;
    private int maxQueueSize = LaunchOptions.DEFAULT_MAX_QUEUE_SIZE;
    private FileLimits fileLimits = FileLimits.DEFAULT;
    private Duration heartbeatInterval = Heartbeats.GRADIO_INTERVAL;

    /** A class (its static {@code @Interface} methods) or an object (its class's, instance methods bound to it). */
    public ServerLauncher serve(Object target) {
        targets.add(Objects.requireNonNull(target, "target"));
        return this;
    }

    public ServerLauncher host(String host) {
        this.host = host;
        return this;
    }

    public ServerLauncher port(int port) {
        this.port = port;
        return this;
    }

    public ServerLauncher environment(Map<String, String> environment) {
        this.environment = new LinkedHashMap<>(environment);
        return this;
    }

    public ServerLauncher auth(String username, String password) {
        credentials.add(username, password);
        return this;
    }

    public ServerLauncher auth(BiPredicate<String, String> check) {
        credentials.add(check);
        return this;
    }

    public ServerLauncher flagTimeout(Duration timeout) {
        this.flagTimeout = timeout;
        return this;
    }

    public ServerLauncher maxQueueSize(int maxQueueSize) {
        if (maxQueueSize < 1) {
            throw new IllegalArgumentException("maxQueueSize must be at least 1, got " + maxQueueSize);
        }
        this.maxQueueSize = maxQueueSize;
        return this;
    }

    public ServerLauncher maxFileSize(long bytes) {
        this.fileLimits = fileLimits.withMaxFileSize(bytes);
        return this;
    }

    public ServerLauncher maxFilesPerUpload(int files) {
        this.fileLimits = fileLimits.withMaxFilesPerUpload(files);
        return this;
    }

    public ServerLauncher maxImagePixels(long pixels) {
        this.fileLimits = fileLimits.withMaxImagePixels(pixels);
        return this;
    }

    public ServerLauncher fileLifetime(Duration lifetime) {
        this.fileLimits = fileLimits.withLifetime(lifetime);
        return this;
    }

    /** Gradio's 15 s unless a test needs streams to speak up sooner. */
    ServerLauncher heartbeatInterval(Duration interval) {
        this.heartbeatInterval = interval;
        return this;
    }

    public PennantServer start() {
        LaunchOptions options = new LaunchOptions(credentials, flagTimeout, maxQueueSize, fileLimits, heartbeatInterval);
        Map<String, String> env = environment == null ? Map.of() : environment;
        ServerSettings settings = ServerSettings.resolve(host, port, env);
        // The store comes first: example files are copied into it while the interfaces are prepared.
        FileStore files = FileStore.create(options.fileLimits(), env);
        FlagDispatch flags = new FlagDispatch();
        Javalin app;
        try {
            List<ServedInterface> interfaces = prepare(InterfaceDiscovery.bind(List.copyOf(targets)), settings, options, files);
            app = new ServerApp(interfaces, options, files, flags).create();
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            flags.close();
            files.close();
            throw e;
        }
        RunningServer server = new RunningServer(app, settings.host(), List.of(flags, files));
        System.out.println("Running on local URL:  http://" + RunningServer.uriHost(settings.host()) + ":" + server.port());
        return server;
    }

    private static List<ServedInterface> prepare(List<InterfaceDiscovery.Binding> bindings, ServerSettings settings,
            LaunchOptions options, FileStore files) {
        List<ServedInterface> interfaces = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int nextComponentId = 1;
        for (InterfaceDiscovery.Binding binding : bindings) {
            InterfaceSpec spec = binding.generated().spec();
            FlaggingMode mode = settings.flaggingMode(spec);
            ExampleRows examples = ExampleRows.load(spec, files);
            FlaggingCallback callback = mode == FlaggingMode.NEVER ? null : setUp(binding, spec, mode, options.authRequired());
            interfaces.add(new ServedInterface(interfaces.size(), binding.generated(), spec, binding.target(),
                    uniqueName(spec.apiName(), names), mode, callback,
                    EventStore.withDefaultBounds(), nextComponentId, new ServedInterface.Timing(),
                    options.flagTimeout(), examples));
            nextComponentId += spec.inputs().size() + spec.outputs().size();
        }
        return List.copyOf(interfaces);
    }

    /** Gradio's rule for repeated api names: predict, predict_1, predict_2, … */
    private static String uniqueName(String apiName, Set<String> taken) {
        String name = apiName;
        for (int n = 1; !taken.add(name); n++) {
            name = apiName + "_" + n;
        }
        return name;
    }

    private static FlaggingCallback setUp(InterfaceDiscovery.Binding binding, InterfaceSpec spec, FlaggingMode mode,
            boolean authRequired) {
        FlaggingCallback callback = binding.generated().newFlaggingCallback();
        // Auto mode shows no buttons, so it has no option to record (as in Gradio).
        List<FlaggingSetup.Option> options = mode != FlaggingMode.MANUAL ? List.of()
                : spec.flaggingOptions().stream().map(o -> new FlaggingSetup.Option(o.label(), o.value())).toList();
        try {
            callback.setup(new FlaggingSetup(spec.components(), Path.of(spec.flaggingDir()), mode, options, authRequired));
        } catch (Exception e) {
            throw new IllegalStateException("Flagging callback " + callback.getClass().getName() + " failed to set up for "
                    + spec.declaringClass().getName() + "." + spec.methodName() + ": " + e.getMessage(), e);
        }
        return callback;
    }
}
