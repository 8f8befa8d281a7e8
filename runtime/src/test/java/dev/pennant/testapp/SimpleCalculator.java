package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.flagging.SimpleCSVLogger;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.util.List;

/** The guide's SimpleCSVLogger as the callback. */
public class SimpleCalculator {
    public static double calculator(double num1, String operation, double num2) {
        return Calculator.calculator(num1, operation, num2);
    }

    public static final class Generated implements GeneratedInterface {
        @Override
        public InterfaceSpec spec() {
            return CalculatorVariants.spec(SimpleCalculator.class, "calculator").apiName("simple")
                    .flaggingMode(FlaggingMode.MANUAL, true).flaggingDir(FlagDirs.current() + "/simple")
                    .build();
        }

        @Override
        public FlaggingCallback newFlaggingCallback() {
            return new SimpleCSVLogger();
        }

        @Override
        public List<Object> call(Object target, List<Object> arguments) {
            return CalculatorVariants.call(arguments);
        }
    }
}
