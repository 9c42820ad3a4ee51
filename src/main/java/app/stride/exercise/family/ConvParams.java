package app.stride.exercise.family;

import app.stride.engine.Conv2D;
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
                Set.of("forgot-bias", "forgot-depth", "forgot-filters", "params-vs-multiplications"),
                Set.of());
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> p) {
        int depth = Params.i(p, "depth");
        int k = Params.i(p, "kernel");
        int filters = Params.i(p, "filters");
        List<Expected> expected = new ArrayList<>();
        List<Misconception> wrong = new ArrayList<>();
        LayerFigures f = figures(Params.i(p, "h"), depth, k, filters);
        addPart("params", f, Params.i(p, "h"), depth, k, filters, expected, wrong);
        if (p.containsKey("h2")) {
            int h2 = Params.i(p, "h2");
            addPart("paramsOther", figures(h2, depth, k, filters), h2, depth, k, filters, expected, wrong);
        }
        return new Exercise(template, seed, p, expected, wrong, List.of(f.step(Step.PARAMS)));
    }

    private static LayerFigures figures(int size, int depth, int k, int filters) {
        return new Conv2D(null, null, filters, Window.square(k), Window.square(1), Padding.SAME, true, null)
                .figures(List.of(Shape.of(size, size, depth)));
    }

    private static void addPart(String part, LayerFigures f, int size, int depth, int k, int filters,
                                List<Expected> expected, List<Misconception> wrong) {
        long right = f.trainableParams();
        expected.add(Expected.number(part, right));
        Misconception.addIfWrong(wrong, "forgot-bias", part, (long) k * k * depth * filters, right);
        Misconception.addIfWrong(wrong, "forgot-depth", part, ((long) k * k + 1) * filters, right);
        Misconception.addIfWrong(wrong, "forgot-filters", part, (long) k * k * depth + 1, right);
        Misconception.addIfWrong(wrong, "params-vs-multiplications", part, f.multiplications(), right);
    }
}
