package dev.pennant.flagging;

import dev.pennant.components.Component;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves flagged data. Pennant creates one instance per interface (the class named in
 * {@code @Interface(flaggingCallback = …)}, {@link CSVLogger} by default), calls {@link #setup}
 * once at launch before serving, and {@link #flag} every time a user flags a result.
 *
 * <p>{@code flag} may be called from several threads at once; implementations must be thread-safe.
 */
public interface FlaggingCallback {

    /**
     * Called once when the interface is launched, before the server answers any request.
     *
     * @param components the input components, then the output components, in the method's order
     * @param flaggingDir the configured flagging directory; it may not exist yet
     */
    void setup(List<Component> components, Path flaggingDir) throws Exception;

    /**
     * Called every time a result is flagged.
     *
     * @param flagData typed Java values: the method's arguments, then its outputs, one per component
     * @param flagOption the value of the chosen flagging option, or {@code null} when none is configured
     * @param username the logged-in user, or {@code null} when the app has no login
     * @return the total number of flagged samples so far, which the page shows
     */
    int flag(List<Object> flagData, String flagOption, String username) throws Exception;
}
