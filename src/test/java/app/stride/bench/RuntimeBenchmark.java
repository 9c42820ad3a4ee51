package app.stride.bench;

import app.stride.runtime.Box;
import app.stride.runtime.Conv2DOp;
import app.stride.runtime.Nms;
import app.stride.runtime.Pad;
import app.stride.runtime.Size;
import app.stride.runtime.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The runtime on the sizes of the issue: a 32×32×16 input through 32 filters of 3×3 (same
 * padding, 4.7 million multiplications), and NMS over 1,000 boxes.
 * Run on demand: {@code mvn -Pbench test-compile -Dbench=RuntimeBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuntimeBenchmark {

    private Tensor input;
    private Tensor kernel;
    private double[] bias;
    private List<Box> boxes;
    private double[] scores;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        double[][][] x = new double[32][32][16];
        for (double[][] row : x) {
            for (double[] cell : row) {
                for (int c = 0; c < 16; c++) {
                    cell[c] = random.nextGaussian();
                }
            }
        }
        double[][][][] k = new double[3][3][16][32];
        for (double[][][] a : k) {
            for (double[][] b : a) {
                for (double[] c : b) {
                    for (int f = 0; f < 32; f++) {
                        c[f] = random.nextGaussian();
                    }
                }
            }
        }
        input = Tensor.of(x);
        kernel = Tensor.of(k);
        bias = new double[32];
        boxes = new ArrayList<>();
        scores = new double[1000];
        for (int i = 0; i < 1000; i++) {
            double cx = random.nextDouble();
            double cy = random.nextDouble();
            boxes.add(Box.centre(cx, cy, 0.05 + 0.1 * random.nextDouble(), 0.05 + 0.1 * random.nextDouble()));
            scores[i] = random.nextDouble();
        }
    }

    @Benchmark
    public Conv2DOp.Result conv32x32x16Through32Filters3x3() {
        return Conv2DOp.apply(input, kernel, bias, Size.square(1), Pad.SAME, false);
    }

    @Benchmark
    public Nms.Result nmsOn1000Boxes() {
        return Nms.run(boxes, scores, 0.5, 0.0, Integer.MAX_VALUE);
    }
}
