package app.stride.exercise.family;

import app.stride.engine.Conv2D;
import app.stride.engine.LayerFigures;
import app.stride.engine.Padding;
import app.stride.engine.Shape;
import app.stride.engine.ShapeMath;
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
import java.util.Optional;
import java.util.Set;

/** The output H×W×C of a conv layer, for valid or same padding, a kernel and a stride. */
public final class ConvOutputSize extends FamilyBase {

    public ConvOutputSize() {
        super("conv-output-size",
                Set.of("h", "w", "c", "filters", "kernel", "stride", "padding"),
                Set.of("height", "width", "channels"),
                Set.of("valid-instead-of-same", "same-instead-of-valid", "floor-instead-of-ceil",
                        "forgot-stride", "channels-kept"),
                Set.of());
    }

    @Override
    public Optional<String> reject(Map<String, Object> p) {
        int k = Params.i(p, "kernel");
        if (padding(p) == Padding.VALID && k > Math.min(Params.i(p, "h"), Params.i(p, "w"))) {
            return Optional.of("the kernel is larger than the image with valid padding");
        }
        return Optional.empty();
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> p) {
        int h = Params.i(p, "h");
        int w = Params.i(p, "w");
        int c = Params.i(p, "c");
        int filters = Params.i(p, "filters");
        int k = Params.i(p, "kernel");
        int s = Params.i(p, "stride");
        Padding padding = padding(p);
        LayerFigures f = new Conv2D(null, null, filters, Window.square(k), Window.square(s), padding, true, null)
                .figures(List.of(Shape.of(h, w, c)));
        Shape out = f.output();
        List<Misconception> wrong = new ArrayList<>();
        for (String part : List.of("height", "width")) {
            int n = part.equals("height") ? h : w;
            int right = part.equals("height") ? out.dim(0) : out.dim(1);
            // each mistake is the core's own computation with one setting wrong, except the rounding
            Padding other = padding == Padding.SAME ? Padding.VALID : Padding.SAME;
            if (k <= n) {
                Misconception.addIfWrong(wrong, padding == Padding.SAME ? "valid-instead-of-same" : "same-instead-of-valid",
                        part, ShapeMath.outputLength(n, k, s, other), right, "size",
                        Map.of("n", n, "kernel", k, "stride", s, "right", right));
            }
            if (padding == Padding.SAME) {
                Misconception.addIfWrong(wrong, "floor-instead-of-ceil", part, n / s, right);
            }
            Misconception.addIfWrong(wrong, "forgot-stride", part, ShapeMath.outputLength(n, k, 1, padding), right);
        }
        Misconception.addIfWrong(wrong, "channels-kept", "channels", c, filters);
        return new Exercise(template, seed, p, List.of(
                Expected.number("height", out.dim(0)),
                Expected.number("width", out.dim(1)),
                Expected.number("channels", out.dim(2))), wrong, List.of(f.step(Step.SHAPE)));
    }

    static Padding padding(Map<String, Object> p) {
        return Padding.parse(Params.s(p, "padding"));
    }

}
