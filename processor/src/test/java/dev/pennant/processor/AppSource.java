package dev.pennant.processor;

import javax.tools.JavaFileObject;

/** Test sources shaped like a user's class, so diagnostics tests show only the lines that matter. */
final class AppSource {
    private AppSource() {
    }

    /** A class {@code demo.App} with the given lines as its body, importing everything users import. */
    static JavaFileObject app(String... body) {
        String[] lines = new String[body.length + 11];
        lines[0] = "package demo;";
        lines[1] = "import dev.pennant.*;";
        lines[2] = "import dev.pennant.components.*;";
        lines[3] = "import dev.pennant.components.Number;";
        lines[4] = "import dev.pennant.components.File;";
        lines[5] = "import dev.pennant.flagging.*;";
        lines[6] = "import java.awt.image.BufferedImage;";
        lines[7] = "import java.nio.file.Path;";
        lines[8] = "import java.util.*;";
        lines[9] = "public class App {";
        System.arraycopy(body, 0, lines, 10, body.length);
        lines[lines.length - 1] = "}";
        return Compilations.source("demo.App", lines);
    }
}
