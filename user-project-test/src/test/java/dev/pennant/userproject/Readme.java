package dev.pennant.userproject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's "Using Pennant in your project" section: the commands and the pom it gives. */
final class Readme {
    private static final String SECTION = "## Using Pennant in your project";

    private final String section;

    private Readme(String section) {
        this.section = section;
    }

    static Readme read(Path repository) throws IOException {
        String text = Files.readString(repository.resolve("README.md")).replace("\r\n", "\n");
        int start = text.indexOf("\n" + SECTION + "\n");
        if (start < 0) {
            throw new AssertionError("README.md has no section \"" + SECTION + "\"");
        }
        int end = text.indexOf("\n## ", start + SECTION.length() + 1);
        return new Readme(text.substring(start, end < 0 ? text.length() : end));
    }

    /** Whether the section gives this command, on one line or continued with backslashes. */
    boolean givesCommand(String command) {
        String joined = section.replaceAll("\\\\\n\\s*", "");
        for (String line : joined.split("\n")) {
            String code = line.replaceAll("\\s+#.*$", "").trim();
            if (code.equals(command)) {
                return true;
            }
        }
        return false;
    }

    /** The complete pom.xml the section shows (the code block that starts with the XML declaration). */
    String pom() {
        Matcher block = Pattern.compile("```xml\n(<\\?xml.*?)```", Pattern.DOTALL).matcher(section);
        if (!block.find()) {
            throw new AssertionError("The README's \"" + SECTION + "\" shows no complete pom.xml");
        }
        return block.group(1);
    }
}
