package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.components.ComponentType;
import dev.pennant.components.ValueType;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.List;

public final class Sepia_sepia_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(Sepia.class, "sepia")
                .apiName("sepia").flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/sepia")
                .input(Component.of(ComponentType.IMAGE, "im", ValueType.of(BufferedImage.class)))
                .output(Component.of(ComponentType.IMAGE, "Output", ValueType.of(BufferedImage.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new CSVLogger();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) {
        return Collections.singletonList(Sepia.sepia((BufferedImage) arguments.get(0)));
    }
}
