package dev.pennant.processor.read;

import dev.pennant.processor.diagnostic.Diagnostic;
import dev.pennant.processor.diagnostic.Location;
import dev.pennant.processor.model.ComponentModel;
import dev.pennant.processor.read.mirror.AnnotationValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/** Reads the method's parameters: one input per parameter, except a {@code Progress} one, which the runtime passes. */
final class ParametersReader {

    /**
     * The parameters as read.
     *
     * @param inputs the input of each non-{@code Progress} parameter, empty where it could not be read (reported)
     * @param labels the label of each input, or its parameter's name where it could not be read, for messages
     * @param progress the position of the {@code Progress} parameter, if any
     */
    record Parameters(List<Optional<ComponentModel>> inputs, List<String> labels, OptionalInt progress) {

        List<ComponentModel> components() {
            return inputs.stream().flatMap(Optional::stream).toList();
        }
    }

    private final ReadContext context;
    private final InputReader inputs;

    ParametersReader(ReadContext context) {
        this.context = context;
        this.inputs = new InputReader(context);
    }

    Parameters read(ExecutableElement method, String generatedPackage) {
        List<Optional<ComponentModel>> read = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        OptionalInt progress = OptionalInt.empty();
        List<? extends VariableElement> parameters = method.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            VariableElement parameter = parameters.get(i);
            if (context.javaTypes().isProgress(parameter.asType())) {
                if (checkProgress(method, parameter, progress.isPresent())) {
                    progress = OptionalInt.of(i);
                }
            } else {
                Optional<ComponentModel> input = inputs.read(parameter, generatedPackage);
                read.add(input);
                labels.add(input.map(ComponentModel::label).orElse(parameter.getSimpleName().toString()));
            }
        }
        return new Parameters(read, labels, progress);
    }

    /** A Progress parameter is passed by the runtime: one at most, and no component annotation on it. */
    private boolean checkProgress(ExecutableElement method, VariableElement parameter, boolean earlierProgress) {
        List<AnnotationValues> annotations = inputs.annotations(parameter);
        if (!annotations.isEmpty()) {
            AnnotationValues annotation = annotations.get(0);
            annotation.error(Diagnostic.COMPONENT_TYPE_MISMATCH, annotation.simpleName(), parameter.asType(),
                    inputs.fits(annotation) + " (a Progress parameter is not a component: remove the annotation)");
            return false;
        }
        if (earlierProgress) {
            context.reporter().error(Location.of(parameter), Diagnostic.SEVERAL_PROGRESS, parameter.getSimpleName(),
                    method.getSimpleName());
            return false;
        }
        return true;
    }
}
