package app.stride.exercise.family;

import app.stride.engine.Activation;
import app.stride.engine.ActivationLayer;
import app.stride.engine.Add;
import app.stride.engine.Conv2D;
import app.stride.engine.Derivation;
import app.stride.engine.LayerSummary;
import app.stride.engine.Model;
import app.stride.engine.ModelSummary;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A residual block: two 3×3 convolutions (the first with the block's stride) and a skip path
 * that is the input itself, or a 1×1 convolution with the same stride when the shape changes.
 * Batch norm is left out, so the counts are the convolutions' own.
 */
public final class ResnetFamily extends FamilyBase {

    public ResnetFamily() {
        super("resnet",
                Set.of("h", "c", "f", "stride"),
                Set.of("outH", "outC", "skipParams", "mainParams"),
                Set.of("skip-needs-no-conv", "skip-conv-not-needed", "stride-twice", "forgot-bias",
                        "second-conv-depth"),
                Set.of());
    }

    @Override
    public Optional<String> reject(Map<String, Object> p) {
        return Params.i(p, "stride") == 2 && Params.i(p, "h") % 2 != 0 ? Optional.of("odd size with stride 2")
                : Optional.empty();
    }

    static boolean projection(Map<String, Object> p) {
        return Params.i(p, "stride") != 1 || Params.i(p, "c") != Params.i(p, "f");
    }

    static ModelSummary summary(Map<String, Object> p) {
        int f = Params.i(p, "f");
        int s = Params.i(p, "stride");
        List<app.stride.engine.Layer> layers = new ArrayList<>();
        layers.add(new Conv2D("conv_a", "input", f, Window.square(3), Window.square(s), Padding.SAME, true,
                Activation.RELU));
        layers.add(new Conv2D("conv_b", null, f, Window.square(3), Window.square(1), Padding.SAME, true, null));
        String skip = "input";
        if (projection(p)) {
            layers.add(new Conv2D("skip_conv", "input", f, Window.square(1), Window.square(s), Padding.VALID, true,
                    null));
            skip = "skip_conv";
        }
        layers.add(new Add("add", List.of(skip, "conv_b")));
        layers.add(new ActivationLayer("out", null, Activation.RELU));
        return new Model(Shape.of(Params.i(p, "h"), Params.i(p, "h"), Params.i(p, "c")), layers).summarize(4, 1);
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> p) {
        ModelSummary s = summary(p);
        LayerSummary convA = s.layer("conv_a");
        LayerSummary convB = s.layer("conv_b");
        int h = Params.i(p, "h");
        int c = Params.i(p, "c");
        int f = Params.i(p, "f");
        int stride = Params.i(p, "stride");
        long main = convA.params() + convB.params();
        long skip = projection(p) ? s.layer("skip_conv").params() : 0;
        Shape out = s.layer("out").outputShape();
        List<Misconception> wrong = new ArrayList<>();
        if (projection(p)) {
            wrong.add(Misconception.number("skip-needs-no-conv", "skipParams", 0));
        } else {
            wrong.add(Misconception.number("skip-conv-not-needed", "skipParams", (long) (c + 1) * f));
        }
        Misconception.addIfWrong(wrong, "stride-twice", "outH", (h + stride * stride - 1) / (stride * stride), out.dim(0));
        Misconception.addIfWrong(wrong, "forgot-bias", "mainParams", 9L * c * f + 9L * f * f, main, null,
                Map.of("biases", 2L * f));
        Misconception.addIfWrong(wrong, "second-conv-depth", "mainParams", 2 * (9L * c + 1) * f, main);
        List<Derivation> solution = new ArrayList<>();
        solution.add(convA.step(Step.SHAPE));
        solution.add(convA.step(Step.PARAMS));
        solution.add(convB.step(Step.PARAMS));
        if (template.parts().stream().anyMatch(part -> part.id().equals("mainParams"))) {
            solution.add(Derivation.localized("solution.resnet.main", locale -> Numbers.grouped(convA.params(), locale)
                    + " + " + Numbers.grouped(convB.params(), locale) + " = " + Numbers.grouped(main, locale)));
        }
        if (projection(p)) {
            Derivation projection = s.layer("skip_conv").step(Step.PARAMS);
            solution.add(Derivation.localized("solution.resnet.projection", projection::formula, stride, f));
        } else {
            solution.add(Derivation.of("solution.resnet.identity", "0"));
        }
        return new Exercise(template, seed, p, List.of(
                Expected.number("outH", out.dim(0)), Expected.number("outC", out.dim(2)),
                Expected.number("skipParams", skip), Expected.number("mainParams", main)), wrong, solution);
    }
}
