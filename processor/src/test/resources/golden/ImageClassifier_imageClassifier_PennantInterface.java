package demo;

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
import javax.annotation.processing.Generated;

@Generated("dev.pennant.processor.InterfaceProcessor")
public final class ImageClassifier_imageClassifier_PennantInterface implements GeneratedInterface {
  private static final InterfaceSpec SPEC = InterfaceSpec.builder(ImageClassifier.class, "imageClassifier")
      .apiName("predict")
      .title("imageClassifier")
      .description("")
      .article("")
      .flaggingMode(FlaggingMode.MANUAL, true)
      .flaggingDir("flagged")
      .flaggingOptions("Incorrect", "Offensive", "Other")
      .input(Component.of(ComponentType.IMAGE, "im", ValueType.of(BufferedImage.class)))
      .output(Component.of(ComponentType.LABEL, "Output", ValueType.of(Map.class)))
      .build();

  /**
   * Public with no arguments: {@link java.util.ServiceLoader} creates it.
   */
  public ImageClassifier_imageClassifier_PennantInterface() {
  }

  @Override
  public InterfaceSpec spec() {
    return SPEC;
  }

  @Override
  public FlaggingCallback newFlaggingCallback() {
    return new CSVLogger();
  }

  @Override
  public List<Object> call(Object target, List<Object> arguments) throws Exception {
    return Collections.singletonList(ImageClassifier.imageClassifier((BufferedImage) arguments.get(0)));
  }
}
