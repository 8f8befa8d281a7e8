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

/** The sepia filter with {@code examples = "<FlagDirs.current()>/examples"}: a flagged directory with images. */
public class SepiaExamples {
    public static BufferedImage sepia(BufferedImage im) {
        return Sepia.sepia(im);
    }

    public static final class Generated implements GeneratedInterface {
        @Override
        public InterfaceSpec spec() {
            return InterfaceSpec.builder(SepiaExamples.class, "sepia")
                    .apiName("sepia").flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/flagged")
                    .examplesDir(FlagDirs.current() + "/examples")
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
            return Collections.singletonList(sepia((BufferedImage) arguments.get(0)));
        }
    }
}
