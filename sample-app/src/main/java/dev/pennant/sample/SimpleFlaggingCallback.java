package dev.pennant.sample;

import dev.pennant.components.Component;
import dev.pennant.flagging.FlaggingCallback;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The guide's SimpleFlaggingCallback: prints what was flagged and returns the count. */
public class SimpleFlaggingCallback implements FlaggingCallback {
    private final AtomicInteger count = new AtomicInteger();
    private List<Component> components;
    private Path flaggingDir;

    @Override
    public void setup(List<Component> components, Path flaggingDir) {
        this.components = components;
        this.flaggingDir = flaggingDir;
        // Setup logic (create directories, initialize a database, etc.)
    }

    @Override
    public int flag(List<Object> flagData, String flagOption, String username) {
        // Custom flagging logic (save to a database, send a notification, etc.)
        System.out.println("Flagged: " + flagData);
        if (flagOption != null) {
            System.out.println("Reason: " + flagOption);
        }
        return count.incrementAndGet();   // the total number of flagged samples
    }
}
