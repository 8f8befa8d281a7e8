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

public final class ImageClassifier_classify_PennantInterface implements GeneratedInterface {
    @Override
    public InterfaceSpec spec() {
        return InterfaceSpec.builder(ImageClassifier.class, "classify")
                .apiName("classify").flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/classifier")
                .flaggingOptions("Incorrect", "Offensive", "Other")
                .input(Component.of(ComponentType.IMAGE, "im", ValueType.IMAGE))
                .output(Component.of(ComponentType.LABEL, "Output", ValueType.LABEL_MAP))
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
