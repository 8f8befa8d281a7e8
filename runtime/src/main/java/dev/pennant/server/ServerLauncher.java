package dev.pennant.server;

import dev.pennant.FlaggingMode;
import dev.pennant.PennantServer;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.InterfaceSpec;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Starts the Javalin server for a set of targets (classes or instances): finds their generated
 * interfaces, settles names and flagging modes, sets up each flagging callback once, then serves.
 * Everything that depends on the environment fails here, before the first request.
 */
public final class ServerLauncher {
    /** How many predictions per interface can still be flagged, and for how long. */
    static final int MAX_EVENTS = 10_000;
    static final Duration EVENT_TTL = Duration.ofHours(1);

    private ServerLauncher() {}

    public static PennantServer start(List<Object> targets, String host, Integer port, Map<String, String> environment) {
        return start(targets, host, port, environment, LaunchOptions.defaults());
    }

    /** Also with users (a login in front of everything), a flag timeout, a queue bound and file limits. */
    public static PennantServer start(List<Object> targets, String host, Integer port, Map<String, String> environment,
            LaunchOptions options) {
        ServerSettings settings = ServerSettings.resolve(host, port, environment == null ? Map.of() : environment);
        // The store comes first: example files are copied into it while the interfaces are prepared.
        FileStore files = FileStore.create(options.fileLimits(),
                FileStoreLocation.parent(environment == null ? Map.of() : environment));
        Javalin app;
        try {
            List<ServedInterface> interfaces = prepare(InterfaceDiscovery.bind(targets), settings, options, files);
            app = new Routes(interfaces, options, files).create();
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            files.close();
            throw e;
        }
        RunningServer server = new RunningServer(app, settings.host(), files);
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
                    new EventStore(MAX_EVENTS, EVENT_TTL, System::nanoTime), nextComponentId, new ServedInterface.Timing(),
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
        if (callback instanceof CSVLogger csv) {
            // Auto mode shows no buttons, so it has no option to record (as in Gradio).
            csv.useFlagOptionColumn(mode == FlaggingMode.MANUAL && !spec.flaggingOptions().isEmpty());
            csv.useUsernameColumn(authRequired);
        }
        try {
            callback.setup(spec.components(), Path.of(spec.flaggingDir()));
        } catch (Exception e) {
            throw new IllegalStateException("Flagging callback " + callback.getClass().getName() + " failed to set up for "
                    + spec.declaringClass().getName() + "." + spec.methodName() + ": " + e.getMessage(), e);
        }
        return callback;
    }
}
