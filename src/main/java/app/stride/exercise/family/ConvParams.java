package app.stride.exercise.family;

import app.stride.engine.Conv2D;
import app.stride.engine.Derivation;
import app.stride.engine.LayerFigures;
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
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trainable parameters of a conv layer: (k·k·depth + 1)·filters, whatever the image size. A
 * template may ask for a second image size ({@code h2}) to make that point.
 */
public final class ConvParams extends FamilyBase {

    public ConvParams() {
        super("conv-params",
                Set.of("h", "depth", "kernel", "filters"),
                Set.of("params", "paramsOther"),
                Set.of("forgot-bias", "forgot-depth", "forgot-filters", "params-vs-multiplications",
                        "params-depend-on-input"),
                Set.of());
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> p) {
        int depth = Params.i(p, "depth");
        int k = Params.i(p, "kernel");
        int filters = Params.i(p, "filters");
        int h = Params.i(p, "h");
        List<Expected> expected = new ArrayList<>();
        List<Misconception> wrong = new ArrayList<>();
        LayerFigures f = figures(h, depth, k, filters, true);
        addPart("params", f, figures(h, depth, k, filters, false), depth, k, filters, expected, wrong);
        List<Derivation> solution = new ArrayList<>(List.of(f.step(Step.PARAMS)));
        if (p.containsKey("h2")) {
            int h2 = Params.i(p, "h2");
            LayerFigures other = figures(h2, depth, k, filters, true);
            addPart("paramsOther", other, figures(h2, depth, k, filters, false), depth, k, filters, expected, wrong);
            // the student who scales the count with the image: as many times more as the image has pixels
            BigDecimal scaled = BigDecimal.valueOf(f.trainableParams()).multiply(BigDecimal.valueOf((long) h2 * h2))
                    .divide(BigDecimal.valueOf((long) h * h), 0, RoundingMode.HALF_UP);
            if (scaled.longValueExact() != other.trainableParams()) {
                wrong.add(Misconception.number("params-depend-on-input", "paramsOther", scaled)
                        .with(Map.of("size", h, "otherSize", h2)));
            }
            long count = other.trainableParams();
            solution.add(Derivation.localized("solution.params.independent",
                    locale -> other.step(Step.PARAMS).formula(locale), h2, h, count));
        }
        return new Exercise(template, seed, p, expected, wrong, solution);
    }

    private static LayerFigures figures(int size, int depth, int k, int filters, boolean bias) {
        return new Conv2D(null, null, filters, Window.square(k), Window.square(1), Padding.SAME, bias, null)
                .figures(List.of(Shape.of(size, size, depth)));
    }

    private static void addPart(String part, LayerFigures f, LayerFigures withoutBias, int depth, int k, int filters,
                                List<Expected> expected, List<Misconception> wrong) {
        long right = f.trainableParams();
        expected.add(Expected.number(part, right));
        Misconception.addIfWrong(wrong, "forgot-bias", part, withoutBias.trainableParams(), right, null,
                Map.of("biases", filters));
        Misconception.addIfWrong(wrong, "forgot-depth", part, ((long) k * k + 1) * filters, right, null,
                Map.of("kernel", k, "depth", depth, "weights", (long) k * k * depth));
        Misconception.addIfWrong(wrong, "forgot-filters", part, (long) k * k * depth + 1, right);
        Misconception.addIfWrong(wrong, "params-vs-multiplications", part, f.multiplications(), right);
    }
}
