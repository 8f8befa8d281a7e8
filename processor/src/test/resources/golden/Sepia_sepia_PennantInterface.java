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
import javax.annotation.processing.Generated;

@Generated("dev.pennant.processor.InterfaceProcessor")
public final class Sepia_sepia_PennantInterface implements GeneratedInterface {
  private static final InterfaceSpec SPEC = InterfaceSpec.builder(Sepia.class, "sepia")
      .apiName("predict")
      .title("sepia")
      .description("")
      .article("")
      .flaggingMode(FlaggingMode.MANUAL, false)
      .flaggingDir("flagged")
      .input(Component.of(ComponentType.IMAGE, "im", ValueType.of(BufferedImage.class)))
      .output(Component.of(ComponentType.IMAGE, "Output", ValueType.of(BufferedImage.class)))
      .build();

  /**
   * Public with no arguments: {@link java.util.ServiceLoader} creates it.
   */
  public Sepia_sepia_PennantInterface() {
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
    return Collections.singletonList(Sepia.sepia((BufferedImage) arguments.get(0)));
  }
}
