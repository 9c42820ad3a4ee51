package app.stride.exercise.family;

import app.stride.engine.Conv2D;
import app.stride.engine.Dense;
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
import app.stride.exercise.PartSpec;
import app.stride.exercise.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * From a dense layer on a 7×7×d map to a fully convolutional net: the dense layer's parameters,
 * the same count for the 7×7 valid convolution that replaces it, and the output grid that
 * convolution gives when a larger image makes the map m×m.
 */
public final class FcnFamily extends FamilyBase {

    public FcnFamily() {
        super("fcn",
                Set.of("m", "d", "units"),
                Set.of("denseParams", "convParams", "outSize"),
                Set.of("forgot-bias", "forgot-depth", "params-depend-on-input", "fcn-output-same-as-input"),
                Set.of());
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> p) {
        int m = Params.i(p, "m");
        int d = Params.i(p, "d");
        int units = Params.i(p, "units");
        LayerFigures dense = Dense.of(units).figures(List.of(Shape.of(7 * 7 * d)));
        LayerFigures conv = Conv2D.of(units, 7, 1, Padding.VALID).figures(List.of(Shape.of(m, m, d)));
        // each mistake is the engine's count with the one thing the student left out
        long denseWithoutBias = new Dense(null, null, units, false, null).figures(List.of(Shape.of(7 * 7 * d))).params();
        long convWithoutBias = new Conv2D(null, null, units, Window.square(7), Window.square(1), Padding.VALID, false,
                null).figures(List.of(Shape.of(m, m, d))).params();
        long denseWithoutDepth = Dense.of(units).figures(List.of(Shape.of(7 * 7))).params();
        long convWithoutDepth = Conv2D.of(units, 7, 1, Padding.VALID).figures(List.of(Shape.of(m, m, 1))).params();
        Map<String, Object> depth = Map.of("kernel", 7, "depth", d, "weights", 49L * d);
        List<Misconception> wrong = new ArrayList<>();
        Misconception.addIfWrong(wrong, "forgot-bias", "denseParams", denseWithoutBias, dense.params(), "dense",
                Map.of("biases", units));
        Misconception.addIfWrong(wrong, "forgot-bias", "convParams", convWithoutBias, conv.params(), null,
                Map.of("biases", units));
        Misconception.addIfWrong(wrong, "forgot-depth", "denseParams", denseWithoutDepth, dense.params(), "dense", depth);
        Misconception.addIfWrong(wrong, "forgot-depth", "convParams", convWithoutDepth, conv.params(), null, depth);
        Misconception.addIfWrong(wrong, "params-depend-on-input", "convParams", ((long) m * m * d + 1) * units,
                conv.params(), null, Map.of("size", 7, "otherSize", m));
        Misconception.addIfWrong(wrong, "fcn-output-same-as-input", "outSize", m, conv.output().dim(0), null,
                Map.of("positions", conv.output().dim(0)));
        // the worked solution works out what this template asks, and stops there
        Set<String> asked = template.parts().stream().map(PartSpec::id).collect(Collectors.toSet());
        List<Derivation> solution = new ArrayList<>();
        if (asked.contains("denseParams")) {
            solution.add(dense.step(Step.PARAMS));
        }
        if (asked.contains("convParams")) {
            solution.add(conv.step(Step.PARAMS));
        }
        if (asked.contains("outSize")) {
            solution.add(conv.step(Step.SHAPE));
        }
        return new Exercise(template, seed, p, List.of(
                Expected.number("denseParams", dense.params()), Expected.number("convParams", conv.params()),
                Expected.number("outSize", conv.output().dim(0))), wrong, solution);
    }
}
