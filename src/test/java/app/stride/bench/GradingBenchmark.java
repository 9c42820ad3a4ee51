package app.stride.bench;

import app.stride.bank.QuestionBank;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.family.CourseFamilies;
import app.stride.exercise.PartSpec;
import app.stride.grading.Feedback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exercises generated and graded per second, one thread (one core), per template: a new seed
 * each time, answered with the answer key as a student would type it.
 * Run on demand: {@code mvn -Pbench test-compile -Dbench=GradingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@Threads(1)
public class GradingBenchmark {

    @Param({"conv-output-size-same", "conv-params-rgb", "conv-multiplications-network", "memory-course", "conv-by-hand-single",
            "pooling-max", "architecture-total", "batchnorm-training", "iou-pixels", "bbox-to-relative", "nms-steps",
            "resnet-block", "fcn-larger-input", "concept-nms-purpose"})
    public String template;

    private QuestionBank bank;
    private long seed;

    @Setup
    public void setUp() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.list(Path.of("question-bank"))) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        bank = QuestionBank.load(files, CourseFamilies.all());
    }

    @Benchmark
    public Feedback generateAndGrade() {
        Exercise exercise = bank.generate(template, ++seed);
        Map<String, String> typed = new HashMap<>();
        for (PartSpec part : exercise.template().parts()) {
            var expected = exercise.expected(part.id());
            String value = switch (part.kind()) {
                case LIST -> expected.list().toString();
                case CHOICE -> expected.choice();
                case BYTES -> expected.number().toPlainString() + " B";
                default -> expected.number().toPlainString();
            };
            typed.put(part.id(), value);
        }
        return bank.grade(exercise, typed, Locale.ENGLISH);
    }
}
