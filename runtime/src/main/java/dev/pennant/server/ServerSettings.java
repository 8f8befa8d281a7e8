package dev.pennant.server;

import dev.pennant.FlaggingMode;
import dev.pennant.spi.InterfaceSpec;
import java.util.Locale;
import java.util.Map;

/**
 * Settings that come from the builder or, when it leaves them unset, from Gradio's environment
 * variables. Invalid values fail at launch with the variable's name, not at the first request.
 */
record ServerSettings(String host, int port, FlaggingMode flaggingModeOverride) {

    static final String SERVER_NAME = "GRADIO_SERVER_NAME";
    static final String SERVER_PORT = "GRADIO_SERVER_PORT";
    static final String FLAGGING_MODE = "GRADIO_FLAGGING_MODE";
    /** Host when {@code GRADIO_SERVER_NAME} is not set: only this machine can connect. */
    static final String DEFAULT_HOST = "127.0.0.1";
    /** Port when {@code GRADIO_SERVER_PORT} is not set, as in Gradio. */
    static final int DEFAULT_PORT = 7860;

    static ServerSettings resolve(String host, Integer port, Map<String, String> environment) {
        return new ServerSettings(host(host, environment), port(port, environment), flaggingMode(environment));
    }

    /** The annotation's mode, unless it was left unwritten and {@code GRADIO_FLAGGING_MODE} is set. */
    FlaggingMode flaggingMode(InterfaceSpec spec) {
        return spec.flaggingModeExplicit() || flaggingModeOverride == null ? spec.flaggingMode() : flaggingModeOverride;
    }

    private static String host(String host, Map<String, String> environment) {
        if (host != null && !host.isBlank()) {
            return host.trim();
        }
        String fromEnv = environment.get(SERVER_NAME);
        return fromEnv == null || fromEnv.isBlank() ? DEFAULT_HOST : fromEnv.trim();
    }

    private static int port(Integer port, Map<String, String> environment) {
        if (port != null) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
            }
            return port;
        }
        String fromEnv = environment.get(SERVER_PORT);
        if (fromEnv == null || fromEnv.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            int parsed = Integer.parseInt(fromEnv.trim());
            if (parsed < 0 || parsed > 65535) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(SERVER_PORT + " must be a port number between 0 and 65535, got \""
                    + fromEnv + "\"");
        }
    }

    /** Gradio ignores an unknown value silently (no button appears); Pennant refuses to start instead. */
    private static FlaggingMode flaggingMode(Map<String, String> environment) {
        String fromEnv = environment.get(FLAGGING_MODE);
        if (fromEnv == null || fromEnv.isBlank()) {
            return null;
        }
        try {
            return FlaggingMode.valueOf(fromEnv.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(FLAGGING_MODE + " must be one of manual, auto, never; got \"" + fromEnv + "\"");
        }
    }
}
