package dev.pennant.processor.model.props;

import java.util.List;

/** The value of one prop: the few shapes Gradio's props take. */
public sealed interface PropValue {

    /** A finite number. */
    record Decimal(double value) implements PropValue {
    }

    record Whole(int value) implements PropValue {
    }

    record Text(String value) implements PropValue {
    }

    record Flag(boolean value) implements PropValue {
    }

    record Texts(List<String> values) implements PropValue {
        public Texts {
            values = List.copyOf(values);
        }
    }
}
