package dev.pennant.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * Where the examples come from (at most one of the two is written).
 *
 * @param directory the {@code examples} directory, when written
 * @param rows the inline {@code @Example} rows, one text value per input
 */
public record Examples(Optional<String> directory, List<List<String>> rows) {

    public Examples {
        rows = rows.stream().map(List::copyOf).toList();
    }
}
