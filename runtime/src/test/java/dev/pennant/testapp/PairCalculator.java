package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.List;

/** The guide's label/value pairs. */
public class PairCalculator {
    public static double calculator(double num1, String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }

    public static final class Generated implements GeneratedInterface {
        @Override
        public InterfaceSpec spec() {
            return CalculatorVariants.spec(PairCalculator.class, "calculator").apiName("pairs")
                    .flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/pairs")
                    .flaggingOption("Mark as incorrect", "incorrect").flaggingOption("Mark as offensive", "offensive")
                    .flaggingOption("Mark as problematic", "problematic")
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
