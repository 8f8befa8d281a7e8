package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.List;

/** Never mode with a flagging dir that may be unwritable. */
public class NeverCalculator {
    public static double calculator(double num1, String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }

    public static final class Generated implements GeneratedInterface {
        @Override
        public InterfaceSpec spec() {
            return CalculatorVariants.spec(NeverCalculator.class, "calculator").apiName("never_calc")
                    .flaggingMode(FlaggingMode.NEVER, true).flaggingDir(FlagDirs.current() + "/never")
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
