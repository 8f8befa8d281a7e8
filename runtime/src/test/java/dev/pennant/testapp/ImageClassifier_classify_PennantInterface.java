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
import java.util.Map;

public final class ImageClassifier_classify_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(ImageClassifier.class, "classify")
                .apiName("classify").flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/classifier")
                .flaggingOptions("Incorrect", "Offensive", "Other")
                .input(Component.of(ComponentType.IMAGE, "im", ValueType.of(BufferedImage.class)))
                .output(Component.of(ComponentType.LABEL, "Output", ValueType.of(Map.class)))
                .build();
    }

    @Override
    public FlaggingCallback newFlaggingCallback() {
        return new CSVLogger();
    }

    @Override
    public List<Object> call(Object target, List<Object> arguments) {
        return Collections.singletonList(ImageClassifier.classify((BufferedImage) arguments.get(0)));
    }
}
