package dev.pennant.processor;

import javax.tools.JavaFileObject;

/** The guide's calculator, as DESIGN.md shows it. */
final class CalculatorSources {
    private CalculatorSources() {
    }

    static final JavaFileObject CALCULATOR = Compilations.source("demo.Calculator",
            "package demo;",
            "",
            "import dev.pennant.FlaggingMode;",
            "import dev.pennant.Interface;",
            "import dev.pennant.InterfaceError;",
            "import dev.pennant.Pennant;",
            "import dev.pennant.components.Radio;",
            "",
            "public class Calculator {",
            "",
            "    @Interface(flaggingMode = FlaggingMode.MANUAL, title = \"Calculator\")",
            "    public static double calculator(double num1,",
            "                                    @Radio({\"add\", \"subtract\", \"multiply\", \"divide\"}) String operation,",
            "                                    double num2) {",
            "        return switch (operation) {",
            "            case \"add\" -> num1 + num2;",
            "            case \"subtract\" -> num1 - num2;",
            "            case \"multiply\" -> num1 * num2;",
            "            default -> {",
            "                if (num2 == 0) throw new InterfaceError(\"Cannot divide by zero!\");",
            "                yield num1 / num2;",
            "            }",
            "        };",
            "    }",
            "",
            "    public static void main(String[] args) {",
            "        Pennant.launch(Calculator.class);",
            "    }",
            "}");
}
