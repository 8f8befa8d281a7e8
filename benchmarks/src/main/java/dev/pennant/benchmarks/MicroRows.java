package dev.pennant.benchmarks;

import dev.pennant.benchmarks.micro.CodecBenchmarks;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the JMH microbenchmarks ({@link CodecBenchmarks}) and turns each Pennant/baseline pair into a row. */
final class MicroRows {

    private MicroRows() {}

    static List<Row> measure(Settings settings) throws Exception {
        OptionsBuilder builder = new OptionsBuilder();
        builder.include(CodecBenchmarks.class.getName() + "\\.").verbosity(VerboseMode.SILENT).shouldFailOnError(true);
        if (settings.smoke()) {
            // in this JVM, one short iteration: enough to prove the benchmarks still run
            builder.forks(0).warmupIterations(0).measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
        } else {
            builder.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1)).measurementIterations(5)
                    .measurementTime(TimeValue.seconds(1));
        }
        Options options = builder.build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> nanos = new HashMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            nanos.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
        }
        return List.of(
                Row.measured("JSON decode of the calculator's 3 inputs (JMH)", "ns/op", "Jackson asDouble/asText, no checks",
                        nanos.get("decodePennant"), nanos.get("decodeJackson"), Target.NONE),
                Row.measured("CSV cells of one flagged row (JMH)", "ns/op", "String.valueOf",
                        nanos.get("csvCellsPennant"), nanos.get("csvCellsValueOf"), Target.NONE));
    }
}
