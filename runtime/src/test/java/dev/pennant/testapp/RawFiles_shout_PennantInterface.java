package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

public final class RawFiles_shout_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(RawFiles.class, "shout")
                .apiName("shout").flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/shout")
                .input(Component.of(ComponentType.FILE, "doc", ValueType.of(Path.class)))
                .output(Component.of(ComponentType.FILE, "Output", ValueType.of(Path.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new CSVLogger();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) throws Exception {
        return Collections.singletonList(RawFiles.shout((Path) arguments.get(0)));
    }
}
