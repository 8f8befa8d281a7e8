package dev.pennant.flagging;

import dev.pennant.components.Component;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Turns one flagged value into the text of its CSV cell. {@link CSVLogger} calls it while it holds
 * the log's locks, so an implementation that stores a value as a file (numbered per folder, as the
 * guide's {@code im/0.png}) can number files without races.
 */
@FunctionalInterface
interface CellWriter {

    /**
     * @param component the component the value belongs to
     * @param value the typed value (may be null)
     * @param flaggingDir the flagging directory, which exists when this is called
     * @return the cell text; a file reference should be relative to {@code flaggingDir}
     */
    String write(Component component, Object value, Path flaggingDir) throws IOException;
}
