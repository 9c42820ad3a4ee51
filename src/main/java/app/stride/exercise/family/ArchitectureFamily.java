package app.stride.exercise.family;

import app.stride.engine.Activation;
import app.stride.engine.Conv2D;
import app.stride.engine.Dense;
import app.stride.engine.Derivation;
import app.stride.engine.GlobalAvgPool2D;
import app.stride.engine.LayerSummary;
import app.stride.engine.MaxPool2D;
import app.stride.engine.Model;
import app.stride.engine.ModelSummary;
import app.stride.engine.Padding;
import app.stride.engine.Shape;
import app.stride.engine.Step;
import app.stride.engine.Window;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.FamilyBase;
import app.stride.exercise.Misconception;
import app.stride.exercise.Params;
import app.stride.exercise.SummaryFigure;
import app.stride.exercise.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The course's typical CNN — [conv, conv, pool] × 2, global average pooling, a softmax dense
 * layer — read like a model.summary(): shapes and parameters per layer, and the total.
 */
public final class ArchitectureFamily extends FamilyBase {

    public ArchitectureFamily() {
        super("architecture",
                Set.of("s", "c", "f1", "f2", "classes"),
                Set.of("pool1Size", "conv1Params", "conv2Params", "gapLength", "denseParams", "totalParams"),
                Set.of("forgot-bias", "forgot-depth", "gap-keeps-spatial", "pool-keeps-size"),
                Set.of());
    }

    static ModelSummary summary(Map<String, Object> p) {
        int f1 = Params.i(p, "f1");
        int f2 = Params.i(p, "f2");
        List<app.stride.engine.Layer> layers = List.of(conv(f1), conv(f1), MaxPool2D.of(2), conv(f2), conv(f2),
                MaxPool2D.of(2), new GlobalAvgPool2D(null, null),
                new Dense(null, null, Params.i(p, "classes"), true, Activation.SOFTMAX));
        return new Model(Shape.of(Params.i(p, "s"), Params.i(p, "s"), Params.i(p, "c")), layers).summarize(4, 1);
    }

    private static Conv2D conv(int filters) {
        return new Conv2D(null, null, filters, Window.square(3), Window.square(1), Padding.SAME, true, Activation.RELU);
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> p) {
        ModelSummary s = summary(p);
        int c = Params.i(p, "c");
        int f1 = Params.i(p, "f1");
        int f2 = Params.i(p, "f2");
        int size = Params.i(p, "s");
        // the layers by the names the model gives them, <type>_<n>
        long conv1 = s.layer("conv2d_1").params();
        long conv2 = s.layer("conv2d_2").params();
        long dense = s.layer("dense_1").params();
        int pool1Size = s.layer("maxpool2d_1").outputShape().dim(0);
        int gapLength = s.layer("globalavgpool2d_1").outputShape().dim(0);
        List<Misconception> wrong = new ArrayList<>();
        int classes = Params.i(p, "classes");
        Misconception.addIfWrong(wrong, "forgot-bias", "conv1Params", 9L * c * f1, conv1, null, Map.of("biases", f1));
        Misconception.addIfWrong(wrong, "forgot-depth", "conv1Params", 10L * f1, conv1, null,
                Map.of("kernel", 3, "depth", c, "weights", 9L * c));
        Misconception.addIfWrong(wrong, "forgot-bias", "conv2Params", 9L * f1 * f1, conv2, null, Map.of("biases", f1));
        Misconception.addIfWrong(wrong, "forgot-depth", "conv2Params", 10L * f1, conv2, null,
                Map.of("kernel", 3, "depth", f1, "weights", 9L * f1));
        // the dense layer's own words: its units (one per class), not filters
        Misconception.addIfWrong(wrong, "forgot-bias", "denseParams", (long) f2 * classes, dense, "dense",
                Map.of("biases", classes));
        Misconception.addIfWrong(wrong, "gap-keeps-spatial", "gapLength", s.layer("maxpool2d_2").outputShape().elements(), f2);
        Misconception.addIfWrong(wrong, "pool-keeps-size", "pool1Size", size, pool1Size, null, Map.of("half", pool1Size));
        List<Derivation> solution = new ArrayList<>();
        for (LayerSummary row : s.layers()) {
            solution.add(row.step(Step.SHAPE));
            solution.add(row.step(Step.PARAMS));
        }
        solution.add(s.step(Step.TOTAL_PARAMS));
        return new Exercise(template, seed, p, List.of(
                Expected.number("pool1Size", pool1Size),
                Expected.number("conv1Params", conv1), Expected.number("conv2Params", conv2),
                Expected.number("gapLength", gapLength),
                Expected.number("denseParams", dense), Expected.number("totalParams", s.totalParams())),
                wrong, solution, figure(template, s));
    }

    /**
     * The summary with blanks: a cell the question asks, or one that would give an asked cell
     * away — the shapes from the first pool to the second once the first pool's height is asked,
     * the total once any layer's parameters are.
     */
    private static SummaryFigure figure(Template template, ModelSummary s) {
        Set<String> asked = new java.util.HashSet<>();
        template.parts().forEach(part -> asked.add(part.id()));
        // the layers by the names the model gives them, <type>_<n>, and the part each cell gives away
        Map<String, String> paramsAsked = Map.of("conv2d_1", "conv1Params", "conv2d_2", "conv2Params",
                "dense_1", "denseParams");
        Map<String, String> shapeAsked = Map.of("maxpool2d_1", "pool1Size", "conv2d_3", "pool1Size",
                "conv2d_4", "pool1Size", "maxpool2d_2", "pool1Size", "globalavgpool2d_1", "gapLength");
        List<SummaryFigure.Row> rows = new ArrayList<>();
        for (LayerSummary layer : s.layers()) {
            boolean blankShape = asked.contains(shapeAsked.get(layer.name()));
            boolean blankParams = asked.contains(paramsAsked.get(layer.name()))
                    || asked.contains("totalParams") && layer.params() > 0;
            rows.add(new SummaryFigure.Row(layer.name(), layer.type(), blankShape ? null : layer.outputShape().dims(),
                    blankParams ? null : layer.params()));
        }
        boolean blankTotal = asked.contains("totalParams") || paramsAsked.values().stream().anyMatch(asked::contains);
        return new SummaryFigure(s.input().dims(), rows, blankTotal ? null : s.totalParams());
    }

    /** The total from the student's own layer counts (the layers not asked are taken as right). */
    @Override
    public Optional<BigDecimal> carriedForward(Exercise exercise, String partId, Map<String, BigDecimal> earlier) {
        if (!partId.equals("totalParams")) {
            return Optional.empty();
        }
        BigDecimal total = exercise.expected("totalParams").number();
        for (String part : List.of("conv1Params", "conv2Params", "denseParams")) {
            if (earlier.containsKey(part)) {
                total = total.subtract(exercise.expected(part).number()).add(earlier.get(part));
            }
        }
        return Optional.of(total);
    }
}
