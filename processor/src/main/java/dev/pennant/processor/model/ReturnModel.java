package dev.pennant.processor.model;

import java.util.List;
import javax.lang.model.type.TypeMirror;

/** What the method returns: one value shown by one component, or a record shown by one component per record component. */
public sealed interface ReturnModel {

    List<ComponentModel> components();

    /** A scalar or a label map: one output. */
    record Single(ComponentModel component) implements ReturnModel {
        @Override
        public List<ComponentModel> components() {
            return List.of(component);
        }
    }

    /** A record: one output per record component, read through its accessor. */
    record RecordOf(TypeMirror recordType, List<RecordOutput> outputs) implements ReturnModel {
        public RecordOf {
            outputs = List.copyOf(outputs);
        }

        @Override
        public List<ComponentModel> components() {
            return outputs.stream().map(RecordOutput::component).toList();
        }
    }

    /** One JSON output; {@code json} says which parts are records that generated code turns into maps. */
    record JsonOutput(ComponentModel component, JsonShape.Json json) implements ReturnModel {
        @Override
        public List<ComponentModel> components() {
            return List.of(component);
        }
    }

    record RecordOutput(String accessor, ComponentModel component) {
    }
}
