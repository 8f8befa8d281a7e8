package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.read.mirror.AnnotationNames;
import dev.pennant.processor.read.mirror.Mirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Reads the {@code @Example} rows of a method: one value per input, each checked by {@link ExampleValues}
 * and reported where it is written, even among repeated annotations.
 */
final class InlineExamples {
    private final ReadContext context;

    InlineExamples(ReadContext context) {
        this.context = context;
    }

    /** The {@code @Example} annotations on the method, whether written once or repeated (inside {@code @Examples}). */
    List<AnnotationMirror> find(ExecutableElement method) {
        List<AnnotationMirror> rows = new ArrayList<>();
        Mirrors.find(method, AnnotationNames.EXAMPLE).ifPresent(rows::add);
        Mirrors.find(method, AnnotationNames.EXAMPLES).ifPresent(container -> {
            for (AnnotationValue row : Mirrors.array(context.elements(), container, "value")) {
                rows.add((AnnotationMirror) row.getValue());
            }
        });
        return rows;
    }

    /**
     * The rows as written; reports every value that does not fit its input.
     *
     * @param inputs one entry per input parameter: its component, or empty when it could not be read
     *               (already reported; its values are then not checked, but the count still is)
     * @param labels the label of each input, for messages
     */
    List<List<String>> read(ExecutableElement method, List<AnnotationMirror> rows, List<Optional<ComponentModel>> inputs,
                            List<String> labels) {
        List<List<String>> examples = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            AnnotationMirror row = rows.get(r);
            List<AnnotationValue> values = Mirrors.array(context.elements(), row, "value");
            if (values.size() != inputs.size()) {
                at(method, rows.size(), r, -1, Location.of(method, row, "value")).error(Diagnostic.EXAMPLE_VALUE_COUNT,
                        values.size(), values.size() == 1 ? "" : "s", method.getSimpleName(),
                        inputs.size(), inputs.size() == 1 ? "" : "s", String.join(", ", labels));
            } else {
                for (int i = 0; i < values.size(); i++) {
                    if (inputs.get(i).isPresent()) {
                        ExampleValues.check((String) values.get(i).getValue(), inputs.get(i).get(),
                                at(method, rows.size(), r, i, Location.of(method, row, values.get(i))));
                    }
                }
            }
            examples.add(Mirrors.strings(context.elements(), row, "value"));
        }
        return examples;
    }

    /**
     * Reports on value {@code value} (or the whole row when negative) of row {@code row}: where the source
     * shows it among repeated annotations, else at {@code fallback}.
     */
    private ExampleValues.Misfits at(ExecutableElement method, int rows, int row, int value, Location fallback) {
        return (diagnostic, args) -> context.reporter().error(
                context.sourceTrees().repeatedAnnotation(method, AnnotationNames.EXAMPLE, rows, row, value)
                        .orElse(fallback),
                diagnostic, args);
    }
}
