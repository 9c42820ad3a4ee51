package app.stride.exercise.family;

import app.stride.engine.ByteUnit;
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
import app.stride.exercise.KeyText;
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
 * RAM of the course's network (three 3×3 convs, stride 2, same padding): the parameters; one
 * prediction (the largest pair of consecutive layers plus the parameters); training on a
 * batch (every output and the input per instance, plus parameters and gradients).
 */
public final class Memory extends FamilyBase {

    public Memory() {
        super("memory",
                Set.of("h", "w", "c", "f1", "f2", "f3", "bytes", "batch"),
                Set.of("params", "paramBytes", "inference", "training"),
                Set.of("bits-instead-of-bytes", "mib-vs-mb", "summed-all-layers", "largest-layer-only",
                        "forgot-params", "forgot-batch", "forgot-gradients", "forgot-params-and-gradients",
                        "forgot-input"),
                Set.of());
    }

    static ModelSummary summary(Map<String, Object> p) {
        List<app.stride.engine.Layer> layers = new ArrayList<>();
        for (String f : List.of("f1", "f2", "f3")) {
            layers.add(new Conv2D(null, null, Params.i(p, f), Window.square(3), Window.square(2), Padding.SAME, true,
                    null));
        }
        return new Model(Shape.of(Params.i(p, "h"), Params.i(p, "w"), Params.i(p, "c")), layers)
                .summarize(Params.i(p, "bytes"), Params.i(p, "batch"));
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> p) {
        ModelSummary s = summary(p);
        long paramBytes = s.paramBytes();
        long peak = s.inferencePeakBytes() - paramBytes;
        long inputAndOutputs = s.inputBytes() + s.training().activationBytesPerInstance();
        long largest = s.layers().stream().mapToLong(LayerSummary::outputBytes).max().orElse(0);
        long perInstance = inputAndOutputs;
        var t = s.training();

        List<Misconception> wrong = new ArrayList<>();
        Misconception.addIfWrong(wrong, "bits-instead-of-bytes", "paramBytes", paramBytes * 8, paramBytes);
        for (String part : List.of("paramBytes", "inference", "training")) {
            long bytes = part.equals("paramBytes") ? paramBytes : part.equals("inference") ? s.inferencePeakBytes()
                    : t.totalBytes();
            ByteUnit asked = unit(template, part);
            // the student's own bytes divided the course's way, for the message to show
            binaryTypedAsDecimal(bytes, asked).ifPresent(v -> wrong.add(Misconception.number("mib-vs-mb", part, v)
                    .in(null, Map.of("bytes", bytes, "inUnit", asked.of(bytes).stripTrailingZeros(),
                            "unit", asked.symbol()))));
        }
        Misconception.addIfWrong(wrong, "summed-all-layers", "inference", inputAndOutputs + paramBytes, s.inferencePeakBytes());
        Misconception.addIfWrong(wrong, "largest-layer-only", "inference", largest + paramBytes, s.inferencePeakBytes());
        Misconception.addIfWrong(wrong, "forgot-params", "inference", peak, s.inferencePeakBytes());
        Misconception.addIfWrong(wrong, "bits-instead-of-bytes", "inference", s.inferencePeakBytes() * 8,
                s.inferencePeakBytes());
        Misconception.addIfWrong(wrong, "forgot-batch", "training", perInstance + t.paramBytes() + t.gradientBytes(),
                t.totalBytes());
        Misconception.addIfWrong(wrong, "forgot-gradients", "training", t.batchActivationBytes() + t.paramBytes(),
                t.totalBytes());
        Misconception.addIfWrong(wrong, "forgot-params-and-gradients", "training", t.batchActivationBytes(), t.totalBytes());
        // the summary's own figures: the batch's input images are its inputs' bytes once per instance
        int batch = Params.i(p, "batch");
        Misconception.addIfWrong(wrong, "forgot-input", "training",
                t.totalBytes() - batch * t.inputBytesPerInstance(), t.totalBytes(), null,
                Map.of("batch", batch, "inputBytes", t.inputBytesPerInstance()));
        Misconception.addIfWrong(wrong, "bits-instead-of-bytes", "training", t.totalBytes() * 8, t.totalBytes());

        List<Derivation> solution = solution(template, s);
        return new Exercise(template, seed, p, List.of(
                Expected.number("params", s.totalParams()),
                Expected.number("paramBytes", paramBytes),
                Expected.number("inference", s.inferencePeakBytes()),
                Expected.number("training", t.totalBytes())), wrong, solution);
    }

    /**
     * The steps to what this template asks, with the student's numbers: each layer's parameters
     * and their sum and bytes; each layer's output memory only where a prediction or training is
     * asked (a question about parameters alone gives no image size to compute them from).
     */
    private static List<Derivation> solution(Template template, ModelSummary s) {
        boolean activations = template.parts().stream().anyMatch(p -> p.id().equals("inference")
                || p.id().equals("training"));
        List<Derivation> steps = new ArrayList<>();
        for (LayerSummary layer : s.layers()) {
            if (activations) {
                steps.add(layer.step(Step.SHAPE));
            }
            steps.add(layer.step(Step.PARAMS));
            if (activations) {
                steps.add(layer.step(Step.OUTPUT_BYTES));
            }
        }
        steps.add(s.step(Step.TOTAL_PARAMS));
        steps.add(s.step(Step.PARAM_BYTES));
        inAskedUnit(template, "paramBytes", s.paramBytes()).ifPresent(steps::add);
        if (template.parts().stream().anyMatch(p -> p.id().equals("inference"))) {
            steps.add(s.step(Step.INFERENCE_PEAK));
            inAskedUnit(template, "inference", s.inferencePeakBytes()).ifPresent(steps::add);
        }
        if (template.parts().stream().anyMatch(p -> p.id().equals("training"))) {
            steps.add(s.step(Step.TRAINING));
            inAskedUnit(template, "training", s.training().totalBytes()).ifPresent(steps::add);
        }
        return steps;
    }

    /** The last step to a memory part asked in another unit than bytes: the byte total in that unit, as the key writes it. */
    private static Optional<Derivation> inAskedUnit(Template template, String partId, long bytes) {
        return template.parts().stream().filter(p -> p.id().equals(partId) && p.unit() != null
                        && p.unit() != ByteUnit.B).findFirst()
                .map(p -> Derivation.localized("solution.memory.unit", locale -> Numbers.grouped(bytes, locale)
                        + " B / " + Numbers.grouped(p.unit().bytes(), locale) + " = "
                        + KeyText.bytes(BigDecimal.valueOf(bytes), p.unit(), locale), p.unit().symbol(), p.unit().bytes()));
    }

    /**
     * Bytes a student meant who computed in the binary unit (MiB: ÷ 2^20) and wrote the number in
     * the asked decimal one (MB); none where the part is asked in bytes.
     */
    private static Optional<BigDecimal> binaryTypedAsDecimal(long bytes, ByteUnit asked) {
        ByteUnit binary = switch (asked) {
            case KB -> ByteUnit.KIB;
            case MB -> ByteUnit.MIB;
            case GB -> ByteUnit.GIB;
            default -> null;
        };
        return binary == null ? Optional.empty()
                : Optional.of(binary.of(bytes).multiply(BigDecimal.valueOf(asked.bytes())).stripTrailingZeros());
    }

    /** The unit a part is asked in; MB where the template does not ask it (the course's unit). */
    private static ByteUnit unit(Template template, String partId) {
        return template.parts().stream().filter(p -> p.id().equals(partId) && p.unit() != null)
                .map(p -> p.unit()).findFirst().orElse(ByteUnit.MB);
    }

    /** Later parts built on the student's own parameter count or parameter memory still earn credit. */
    @Override
    public Optional<BigDecimal> carriedForward(Exercise exercise, String partId, Map<String, BigDecimal> earlier) {
        ModelSummary s = summary(exercise.params());
        BigDecimal paramBytes = earlier.containsKey("paramBytes") ? earlier.get("paramBytes")
                : earlier.containsKey("params") ? s.paramBytesOf(earlier.get("params")) : null;
        if (paramBytes == null) {
            return Optional.empty();
        }
        return switch (partId) {
            case "paramBytes" -> earlier.containsKey("params")
                    ? Optional.of(s.paramBytesOf(earlier.get("params"))) : Optional.empty();
            case "inference" -> Optional.of(s.inferencePeakGiven(paramBytes));
            case "training" -> Optional.of(s.training().totalGiven(paramBytes));
            default -> Optional.empty();
        };
    }
}
