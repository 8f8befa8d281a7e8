package dev.pennant.testapp;

import dev.pennant.FlaggingMode;
import dev.pennant.Interface;
import dev.pennant.components.Image;
import dev.pennant.components.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The raw forms: an image's original bytes, a file's path, a JSON output, and a file output. */
public class RawFiles {
    @Interface(apiName = "describe", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/describe")
    @Json
    public static Map<String, Object> describe(@Image byte[] raw, Path doc) throws IOException {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("image_bytes", raw.length);
        facts.put("doc_bytes", Files.size(doc));
        facts.put("tags", java.util.List.of("raw", "path"));
        return facts;
    }

    /** Writes an upper-cased copy to a temporary file of its own; the server answers and flags its own copy of it. */
    @Interface(apiName = "shout", flaggingMode = FlaggingMode.MANUAL, flaggingDir = "flagged/shout")
    public static Path shout(Path doc) throws IOException {
        Path out = Files.createTempFile("shout", ".txt");
        Files.writeString(out, Files.readString(doc).toUpperCase(java.util.Locale.ROOT));
        out.toFile().deleteOnExit();
        return out;
    }
}
