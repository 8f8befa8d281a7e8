package dev.pennant.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code methods} {@code @Interface} methods, ten to a class, cycling through the shapes users
 * write: numbers with a radio, text, a checkbox with a slider, an enum, integers with defaults.
 */
final class AnnotatedSources {
    static final int METHODS_PER_CLASS = 10;

    private AnnotatedSources() {}

    static List<Path> write(Path root, int methods) throws IOException {
        Path dir = Files.createDirectories(root.resolve("bench"));
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve("Mode.java"), "package bench;\n\npublic enum Mode { FAST, CAREFUL }\n"));
        int classes = (methods + METHODS_PER_CLASS - 1) / METHODS_PER_CLASS;
        for (int c = 0; c < classes; c++) {
            String name = String.format("Demo%03d", c);
            StringBuilder source = new StringBuilder();
            source.append("package bench;\n\n")
                    .append("import dev.pennant.FlaggingMode;\n")
                    .append("import dev.pennant.Interface;\n")
                    .append("import dev.pennant.InterfaceError;\n")
                    .append("import dev.pennant.components.Number;\n")
                    .append("import dev.pennant.components.Radio;\n")
                    .append("import dev.pennant.components.Slider;\n")
                    .append("import dev.pennant.components.Textbox;\n\n")
                    .append("public final class ").append(name).append(" {\n");
            for (int m = 0; m < METHODS_PER_CLASS && c * METHODS_PER_CLASS + m < methods; m++) {
                source.append(method(c * METHODS_PER_CLASS + m));
            }
            source.append("}\n");
            files.add(Files.writeString(dir.resolve(name + ".java"), source));
        }
        return files;
    }

    private static String method(int n) {
        String title = "title = \"Demo " + n + "\", apiName = \"m" + n + "\"";
        return switch (n % 5) {
            case 0 -> """
                        @Interface(flaggingMode = FlaggingMode.MANUAL, %s)
                        public static double m%d(double num1, @Radio({"add", "subtract"}) String operation, double num2) {
                            if (num2 == 0) throw new InterfaceError("zero");
                            return operation.equals("add") ? num1 + num2 : num1 - num2;
                        }

                    """.formatted(title, n);
            case 1 -> """
                        @Interface(flaggingOptions = {"Incorrect", "Other"}, %s)
                        public static String m%d(@Textbox(lines = 3, placeholder = "text") String text, int times) {
                            return text.repeat(Math.max(0, times));
                        }

                    """.formatted(title, n);
            case 2 -> """
                        @Interface(flaggingMode = FlaggingMode.NEVER, %s)
                        public static boolean m%d(boolean flag, @Slider(minimum = 0, maximum = 10, step = 1) double level) {
                            return flag && level > 5;
                        }

                    """.formatted(title, n);
            case 3 -> """
                        @Interface(%s)
                        public static String m%d(Mode mode, long count) {
                            return mode + ":" + count;
                        }

                    """.formatted(title, n);
            default -> """
                        @Interface(flaggingMode = FlaggingMode.AUTO, %s)
                        public static int m%d(@Number(label = "first") int a, @Number(label = "second") int b) {
                            return a * b;
                        }

                    """.formatted(title, n);
        };
    }
}
