package dev.pennant.server.predict;

import dev.pennant.FlaggingMode;
import dev.pennant.components.Component;
import dev.pennant.flagging.FlaggingCallback;
import dev.pennant.server.examples.ExampleRows;
import dev.pennant.spi.GeneratedInterface;
import dev.pennant.spi.InterfaceSpec;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One interface as the server runs it: the generated code, the object it is bound to, the
 * endpoint name after de-duplication, the effective flagging mode, its callback and its events.
 *
 * @param index position among the served interfaces (the dependency id and fn_index)
 * @param firstComponentId the /config id of its first input; outputs follow the inputs
 * @param callback null when the mode is NEVER (no setup, no side effects)
 * @param flagTimeout how long a flag waits for the callback before answering 504
 * @param examples the example rows shown under the inputs, read at launch
 */
public record ServedInterface(
        int index,
        GeneratedInterface generated,
        InterfaceSpec spec,
        Object target,
        String apiName,
        FlaggingMode flaggingMode,
        FlaggingCallback callback,
        EventStore events,
        int firstComponentId,
        Timing timing,
        Duration flagTimeout,
        ExampleRows examples) {

    public List<Component> inputs() {
        return spec.inputs();
    }

    public List<Component> outputs() {
        return spec.outputs();
    }

    public int inputId(int i) {
        return firstComponentId + i;
    }

    public int outputId(int i) {
        return firstComponentId + spec.inputs().size() + i;
    }

    public String title() {
        return spec.title().isEmpty() ? spec.methodName() : spec.title();
    }

    /** Running average of call durations, reported as Gradio's {@code average_duration}. */
    public static final class Timing {
        private final AtomicLong calls = new AtomicLong();
        private final AtomicLong totalNanos = new AtomicLong();

        double record(long nanos) {
            long n = calls.incrementAndGet();
            long total = totalNanos.addAndGet(nanos);
            return total / 1e9 / n;
        }
    }
}
