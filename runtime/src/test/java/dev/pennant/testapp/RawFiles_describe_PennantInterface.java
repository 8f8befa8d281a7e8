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

public final class RawFiles_describe_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(RawFiles.class, "describe")
                .apiName("describe").flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/describe")
                .input(Component.of(ComponentType.IMAGE, "raw", ValueType.of(byte[].class)))
                .input(Component.of(ComponentType.FILE, "doc", ValueType.of(Path.class)))
                .output(Component.of(ComponentType.JSON, "Output", ValueType.of(Object.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new CSVLogger();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) throws Exception {
        return Collections.singletonList(RawFiles.describe((byte[]) arguments.get(0), (Path) arguments.get(1)));
    }
}
