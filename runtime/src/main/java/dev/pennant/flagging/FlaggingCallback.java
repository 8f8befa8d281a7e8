package dev.pennant.flagging;

import dev.pennant.components.Component;
import java.nio.file.Path;
import java.util.List;

/**
 * Saves flagged data. Pennant creates one instance per interface (the class named in
 * {@code @Interface(flaggingCallback = …)}, {@link CSVLogger} by default), sets it up once at launch
 * before serving, and calls {@link #flag} every time a user flags a result (never when the flagging
 * mode is {@code NEVER}).
 *
 * <p>Set-up comes in two forms; implement either. The guide's {@link #setup(List, Path)} gets the
 * components and the directory. {@link #setup(FlaggingSetup)} also tells the flagging options shown,
 * the mode and whether the app has a login, which a callback needs when, like {@link CSVLogger}, it
 * fixes its columns before the first flag. Pennant calls the second, which by default calls the first,
 * which by default does nothing.
 *
 * <p>{@code flag} may be called from several threads at once; implementations must be thread-safe.
 */
public interface FlaggingCallback {

    /**
     * The guide's set-up, called once when the interface is launched (through {@link #setup(FlaggingSetup)}),
     * before the server answers any request. Does nothing unless implemented.
     *
     * @param components the input components, then the output components, in the method's order
     * @param flaggingDir the configured flagging directory; it may not exist yet
     */
    default void setup(List<Component> components, Path flaggingDir) throws Exception {}

    /**
     * Called once when the interface is launched, before the server answers any request. Calls
     * {@link #setup(List, Path)} unless implemented.
     */
    default void setup(FlaggingSetup setup) throws Exception {
        setup(setup.components(), setup.flaggingDir());
    }

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
