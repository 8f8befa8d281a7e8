package dev.pennant.benchmarks.micro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pennant.benchmarks.apps.Calculator_calculator_PennantInterface;
import dev.pennant.components.Component;
import dev.pennant.components.codec.CodecContext;
import dev.pennant.components.codec.Codecs;
import dev.pennant.components.codec.FlagFolder;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-request work Pennant adds around the user's method, each next to the least a hand-written
 * handler would do: decoding the calculator's inputs with the component codecs (type, range and
 * choice checks) against Jackson's lenient {@code asDouble}/{@code asText}, and formatting a flagged
 * row's CSV cells against {@code String.valueOf}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmarks {
    private List<Component> inputs;
    private List<Component> components;
    private JsonNode data;
    private final List<Object> flagged = List.of(5.0, "add", 7.0, 12.0);

    @Setup
    public void setUp() throws Exception {
        inputs = new Calculator_calculator_PennantInterface().spec().inputs();
        components = new Calculator_calculator_PennantInterface().spec().components();
        data = new ObjectMapper().readTree("[5, \"add\", 7]");
    }

    @Benchmark
    public void decodePennant(Blackhole sink) {
        for (int i = 0; i < 3; i++) {
            Component input = inputs.get(i);
            sink.consume(Codecs.of(input).decode(input, data.get(i), CodecContext.NONE));
        }
    }

    @Benchmark
    public void decodeJackson(Blackhole sink) {
        sink.consume(data.get(0).asDouble());
        sink.consume(data.get(1).asText());
        sink.consume(data.get(2).asDouble());
    }

    @Benchmark
    public void csvCellsPennant(Blackhole sink) throws IOException {
        for (int i = 0; i < flagged.size(); i++) {
            Component component = components.get(i);
            sink.consume(Codecs.of(component).flag(component, flagged.get(i), FlagFolder.NONE));
        }
    }

    @Benchmark
    public void csvCellsValueOf(Blackhole sink) {
        for (Object value : flagged) {
            sink.consume(String.valueOf(value));
        }
    }
}
