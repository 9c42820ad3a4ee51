package app.stride.bench;

import app.stride.modeljson.ModelJson;
import app.stride.engine.Model;
import app.stride.engine.ModelSummary;
import app.stride.engine.Presets;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long the engine takes for ResNet-50 (177 layers): the summary alone, and the whole
 * request path of the API and the calculator (read the JSON, build the model, summarize).
 * Run on demand: {@code mvn -Pbench test-compile -Dbench=EngineBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

    private Model resnet50;
    private ObjectNode resnet50Json;

    @Setup
    public void setUp() {
        resnet50 = Presets.RESNET50.model();
        resnet50Json = ModelJson.write(resnet50, 4, 32);
    }

    @Benchmark
    public ModelSummary summarizeResnet50() {
        return resnet50.summarize(4, 32);
    }

    @Benchmark
    public ModelSummary readAndSummarizeResnet50Json() {
        ModelJson.Request request = ModelJson.read(resnet50Json);
        return request.model().summarize(request.bytesPerValue(), request.batchSize());
    }
}
