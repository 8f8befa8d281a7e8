package dev.pennant.processor.diagnostic;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's table of diagnostics lists exactly the processor's catalogue, with the messages the code prints. */
class ReadmeCatalogueTest {
    private static final Path README = Path.of("../README.md");

    @Test
    void theTableListsEveryDiagnosticOnceInOrder() throws IOException {
        List<String> documented = new ArrayList<>(table().keySet());
        List<String> catalogue = Arrays.stream(Diagnostic.values()).map(Diagnostic::id).toList();

        assertThat(documented).containsExactlyElementsIn(catalogue).inOrder();
    }

    @Test
    void eachDocumentedMessageMatchesTheCode() throws IOException {
        Map<String, String[]> table = table();
        for (Diagnostic diagnostic : Diagnostic.values()) {
            String[] row = table.get(diagnostic.id());
            assertWithMessage("row for %s", diagnostic.id()).that(row).isNotNull();
            assertWithMessage("%s: trigger and fix are filled in", diagnostic.id()).that(row[1].isBlank() || row[3].isBlank())
                    .isFalse();
            String message = row[2].strip();
            assertWithMessage("%s: the message is code-formatted", diagnostic.id()).that(message).startsWith("`");
            // "…" in the README stands for a placeholder or for text the README shortens
            String code = diagnostic.template().replaceAll("%[sdn]", "…");
            int from = 0;
            for (String fragment : message.substring(1, message.length() - 1).split("…", -1)) {
                int at = code.indexOf(fragment, from);
                assertWithMessage("%s: README text \"%s\" is in the message \"%s\"", diagnostic.id(), fragment, code)
                        .that(at).isAtLeast(0);
                from = at + fragment.length();
            }
        }
    }

    /** id → the row's cells (id, trigger, message, fix) of the table under "## Compile-time checks". */
    private static Map<String, String[]> table() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Compile-time checks\n");
        assertWithMessage("README has a \"Compile-time checks\" section").that(start).isAtLeast(0);
        int end = readme.indexOf("\n## ", start + 1);
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (!line.startsWith("| PENNANT-")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("(?<!\\\\)\\|", -1);
            assertWithMessage("four cells in: %s", line).that(cells.length).isEqualTo(4);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].strip().replace("\\|", "|");
            }
            assertWithMessage("%s is listed once", cells[0]).that(rows.put(cells[0], cells)).isNull();
        }
        return rows;
    }
}
