package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.flagging.CSVLogger;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.List;

/** Auto mode with options: no buttons, so no flag_option column. */
public class AutoCalculator {
    public static double calculator(double num1, String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }

    public static final class Generated implements GeneratedInterface {
        @Override
        public InterfaceSpec spec() {
            return CalculatorVariants.spec(AutoCalculator.class, "calculator").apiName("auto_calc")
                    .flaggingMode(FlaggingMode.AUTO, true).flaggingDir(FlagDirs.current() + "/auto").flaggingOptions("Incorrect", "Other")
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
