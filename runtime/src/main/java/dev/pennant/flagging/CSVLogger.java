package dev.pennant.flagging;

import dev.pennant.components.Component;
import java.nio.file.Path;
import java.util.List;

/** The default flagging callback: {@code <flaggingDir>/logs.csv}. */
public class CSVLogger implements FlaggingCallback {
    @Override
    public void setup(List<Component> components, Path flaggingDir) {
        throw new UnsupportedOperationException("not written yet");
    }

    @Override
    public int flag(List<Object> flagData, String flagOption, String username) {
        throw new UnsupportedOperationException("not written yet");
    }
}
