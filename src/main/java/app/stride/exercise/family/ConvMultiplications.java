package app.stride.exercise.family;

import app.stride.engine.Conv2D;
import app.stride.engine.LayerFigures;
import app.stride.engine.Numbers;
import app.stride.engine.Padding;
import app.stride.engine.Shape;
import app.stride.engine.Step;
import app.stride.engine.Window;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.FamilyBase;
import app.stride.exercise.Misconception;
import app.stride.exercise.Params;
import app.stride.exercise.Template;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Multiplications of a conv layer (output positions × filters × kernel volume) and, when a
 * template gives {@code filters2}, of a second layer on the first and of both together.
 */
public final class ConvMultiplications extends FamilyBase {

    public ConvMultiplications() {
        super("conv-multiplications",
                Set.of("h", "w", "c", "filters", "kernel", "stride", "padding"),
                Set.of("mults", "layer2", "total"),
                Set.of("counted-bias", "valid-instead-of-same", "same-instead-of-valid", "forgot-depth",
                        "params-vs-multiplications"),
                Set.of());
    }

    @Override
    public Optional<String> reject(Map<String, Object> p) {
        int k = Params.i(p, "kernel");
        int smallest = Math.min(Params.i(p, "h"), Params.i(p, "w"));
        // valid padding must fit twice (a second layer), and the valid/same mistake must be tellable apart
        if (k > smallest / 2) {
            return Optional.of("the kernel is too large for the image");
        }
        return Optional.empty();
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> p) {
        Padding padding = ConvOutputSize.padding(p);
        int k = Params.i(p, "kernel");
        int s = Params.i(p, "stride");
        Shape input = Shape.of(Params.i(p, "h"), Params.i(p, "w"), Params.i(p, "c"));
        LayerFigures first = conv(Params.i(p, "filters"), k, s, padding, input);
        List<Expected> expected = new ArrayList<>();
        List<Misconception> wrong = new ArrayList<>();
        expected.add(Expected.number("mults", first.multiplications()));
        mistakes("mults", input, Params.i(p, "filters"), k, s, padding, first, wrong);
        List<app.stride.engine.Derivation> solution = new ArrayList<>();
        solution.add(first.step(Step.SHAPE));
        solution.add(first.step(Step.MULTIPLICATIONS));
        if (p.containsKey("filters2")) {
            LayerFigures second = conv(Params.i(p, "filters2"), k, s, padding, first.output());
            expected.add(Expected.number("layer2", second.multiplications()));
            expected.add(Expected.number("total", first.multiplications() + second.multiplications()));
            mistakes("layer2", first.output(), Params.i(p, "filters2"), k, s, padding, second, wrong);
            solution.add(second.step(Step.SHAPE));
            solution.add(second.step(Step.MULTIPLICATIONS));
            long total = first.multiplications() + second.multiplications();
            solution.add(app.stride.engine.Derivation.localized("solution.sum", locale -> Numbers.grouped(
                    first.multiplications(), locale) + " + " + Numbers.grouped(second.multiplications(), locale)
                    + " = " + Numbers.grouped(total, locale)));
        }
        return new Exercise(template, seed, p, expected, wrong, solution);
    }

    /** The total is the layers' sum: with the student's own (wrong) layer counts it still gets credit. */
    @Override
    public Optional<BigDecimal> carriedForward(Exercise exercise, String partId, Map<String, BigDecimal> earlier) {
        if (partId.equals("total") && earlier.containsKey("mults") && earlier.containsKey("layer2")) {
            return Optional.of(earlier.get("mults").add(earlier.get("layer2")));
        }
        return Optional.empty();
    }

    private static LayerFigures conv(int filters, int k, int s, Padding padding, Shape input) {
        return new Conv2D(null, null, filters, Window.square(k), Window.square(s), padding, true, null)
                .figures(List.of(input));
    }

    private static void mistakes(String part, Shape in, int filters, int k, int s, Padding padding, LayerFigures f,
                                 List<Misconception> wrong) {
        long right = f.multiplications();
        long positions = (long) f.output().dim(0) * f.output().dim(1);
        int c = in.channels();
        Misconception.addIfWrong(wrong, "counted-bias", part, positions * filters * ((long) k * k * c + 1), right);
        Misconception.addIfWrong(wrong, "forgot-depth", part, positions * filters * k * k, right, null,
                Map.of("kernel", k, "depth", c, "weights", (long) k * k * c));
        Misconception.addIfWrong(wrong, "params-vs-multiplications", part, f.trainableParams(), right);
        Padding other = padding == Padding.SAME ? Padding.VALID : Padding.SAME;
        long otherPositions = conv(filters, k, s, other, in).multiplications();
        Misconception.addIfWrong(wrong, padding == Padding.SAME ? "valid-instead-of-same" : "same-instead-of-valid", part,
                otherPositions, right);
    }
}
