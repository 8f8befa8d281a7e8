package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.List;

/** Examples inline and from a directory (FlagDirs.current()/examples/logs.csv must exist at launch). */
public class ExampleCalculator {
    public static double calculator(double num1, String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }

    public static final class Generated implements GeneratedInterface {
        @Override
        public InterfaceSpec spec() {
            return CalculatorVariants.spec(ExampleCalculator.class, "calculator").apiName("examples")
                    .flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/flagged")
                    .example("5", "add", "7").examplesDir(FlagDirs.current() + "/examples")
                    .build();
        }

        @Override
        public FlaggingCallback newFlaggingCallback() {
            return new CSVLogger();
        }

        @Override
        public List<Object> call(Object target, List<Object> arguments) {
            return CalculatorVariants.call(arguments);
        }
    }
}
