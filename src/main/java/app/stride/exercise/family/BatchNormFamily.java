package app.stride.exercise.family;

import app.stride.engine.BatchNorm;
import app.stride.engine.Derivation;
import app.stride.engine.LayerFigures;
import app.stride.engine.Shape;
import app.stride.engine.Step;
import app.stride.exercise.BatchFigure;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.FamilyBase;
import app.stride.exercise.Misconception;
import app.stride.exercise.Params;
import app.stride.exercise.Template;
import app.stride.runtime.BatchNormOp;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Batch normalization of one feature over a mini-batch of four: the batch mean, the
 * (population) standard deviation, x̂ and y = γ·x̂ + β for one instance; the moving averages
 * after the step and normalizing at inference; and the parameters of a BN layer (4C, of
 * which 2C trainable).
 */
public final class BatchNormFamily extends FamilyBase {

    public BatchNormFamily() {
        super("batchnorm",
                Set.of("x1", "x2", "x3", "x4", "gamma", "beta", "epsilon", "pick", "momentum", "movingMean",
                        "movingVar", "xnew", "channels"),
                Set.of("mean", "std", "xhat", "y", "newMean", "newVar", "xhatInfer", "total", "trainable"),
                Set.of("sample-std", "forgot-epsilon", "momentum-wrong-term", "batch-stats-at-inference",
                        "bn-all-trainable", "bn-two-params"),
                Set.of("picked", "fourC"));
    }

    private static double[][] batch(Map<String, Object> p) {
        return new double[][] {{Params.d(p, "x1")}, {Params.d(p, "x2")}, {Params.d(p, "x3")}, {Params.d(p, "x4")}};
    }

    @Override
    public Optional<String> reject(Map<String, Object> p) {
        double[][] x = batch(p);
        double mean = (x[0][0] + x[1][0] + x[2][0] + x[3][0]) / 4;
        double spread = 0;
        for (double[] row : x) {
            spread += (row[0] - mean) * (row[0] - mean);
        }
        // a batch that hardly varies makes x̂ explode; whether ε shows is the tolerance's to judge
        return spread / 4 < 0.25 ? Optional.of("the batch hardly varies") : Optional.empty();
    }

    private static BatchNormOp.Result run(Map<String, Object> p, boolean training) {
        return BatchNormOp.apply(batch(p), new double[] {Params.d(p, "gamma")}, new double[] {Params.d(p, "beta")},
                Params.d(p, "epsilon"), Params.d(p, "momentum"), new double[] {Params.d(p, "movingMean")},
                new double[] {Params.d(p, "movingVar")}, training);
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> params) {
        double[][] x = batch(params);
        int pick = Params.i(params, "pick");
        double gamma = Params.d(params, "gamma");
        double beta = Params.d(params, "beta");
        double eps = Params.d(params, "epsilon");
        double momentum = Params.d(params, "momentum");
        double movingMean = Params.d(params, "movingMean");
        double movingVar = Params.d(params, "movingVar");
        double xnew = Params.d(params, "xnew");
        BatchNormOp.Result train = run(params, true);
        double mu = train.mean()[0];
        double variance = train.variance()[0];
        double sigma = Math.sqrt(variance);
        double xhat = train.normalized()[pick - 1][0];
        double y = train.output()[pick - 1][0];
        double newMean = train.newMovingMean()[0];
        double newVar = train.newMovingVariance()[0];
        BatchNormOp.Result infer = BatchNormOp.apply(new double[][] {{xnew}}, new double[] {1}, new double[] {0}, eps,
                momentum, new double[] {newMean}, new double[] {newVar}, false);
        double xhatInfer = infer.normalized()[0][0];
        int channels = Params.i(params, "channels");
        LayerFigures bn = new BatchNorm(null, null).figures(List.of(Shape.of(channels)));

        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("picked", Boxes.exact(x[pick - 1][0]));
        p.put("fourC", 4 * channels);

        List<Misconception> wrong = new ArrayList<>();
        double sampleSigma = Math.sqrt(train.trace()[0].squaredDeviations() / (x.length - 1));
        wrong.add(Misconception.number("sample-std", "std", value(sampleSigma)));
        wrong.add(Misconception.number("forgot-epsilon", "xhat", value((x[pick - 1][0] - mu) / sigma)));
        wrong.add(Misconception.number("forgot-epsilon", "y", value(gamma * (x[pick - 1][0] - mu) / sigma + beta)));
        wrong.add(Misconception.number("momentum-wrong-term", "newMean", value(momentum * mu + (1 - momentum) * movingMean)));
        wrong.add(Misconception.number("momentum-wrong-term", "newVar",
                value(momentum * variance + (1 - momentum) * movingVar)));
        wrong.add(Misconception.number("batch-stats-at-inference", "xhatInfer",
                value((xnew - mu) / Math.sqrt(variance + eps))));
        wrong.add(Misconception.number("bn-all-trainable", "trainable", bn.params()));
        wrong.add(Misconception.number("bn-two-params", "total", bn.trainableParams()));

        Function<Locale, String> xs = locale -> Boxes.decimal(x[0][0], locale) + " + " + Boxes.decimal(x[1][0], locale)
                + " + " + Boxes.decimal(x[2][0], locale) + " + " + Boxes.decimal(x[3][0], locale);
        // each step with the parts it leads to: a question gets the steps to what it asks
        List<Derivation> all = List.of(
                Derivation.localized("solution.bn.mean", locale -> "μ = (" + xs.apply(locale) + ") / 4 = " + Boxes.decimal(train.trace()[0].sum(), locale)
                        + " / 4 = " + Boxes.round(mu, 4, locale)),
                Derivation.localized("solution.bn.std", locale -> "σ² = " + Boxes.round(train.trace()[0].squaredDeviations(), 4, locale)
                        + " / 4 = " + Boxes.round(variance, 4, locale) + Boxes.separator(locale) + "σ = " + Boxes.round(sigma, 4, locale)),
                Derivation.localized("solution.bn.xhat", locale -> "x̂ = (" + Boxes.decimal(x[pick - 1][0], locale) + " − " + Boxes.round(mu, 4, locale)
                        + ") / √(" + Boxes.round(variance, 4, locale) + " + " + Boxes.decimal(eps, locale) + ") = " + Boxes.round(xhat, 4, locale)),
                Derivation.localized("solution.bn.y", locale -> "y = " + Boxes.decimal(gamma, locale) + " · " + Boxes.round(xhat, 4, locale) + " + "
                        + Boxes.decimal(beta, locale) + " = " + Boxes.round(y, 4, locale)),
                Derivation.localized("solution.bn.moving", locale -> "μ_moving = " + Boxes.decimal(momentum, locale) + " · "
                        + Boxes.decimal(movingMean, locale) + " + " + Boxes.round(1 - momentum, 4, locale) + " · " + Boxes.round(mu, 4, locale)
                        + " = " + Boxes.round(newMean, 4, locale) + "; σ²_moving = " + Boxes.decimal(momentum, locale) + " · "
                        + Boxes.decimal(movingVar, locale) + " + " + Boxes.round(1 - momentum, 4, locale) + " · "
                        + Boxes.round(variance, 4, locale) + " = " + Boxes.round(newVar, 4, locale)),
                Derivation.localized("solution.bn.inference", locale -> "x̂ = (" + Boxes.decimal(xnew, locale) + " − " + Boxes.round(newMean, 4, locale)
                        + ") / √(" + Boxes.round(newVar, 4, locale) + " + " + Boxes.decimal(eps, locale) + ") = "
                        + Boxes.round(xhatInfer, 4, locale)),
                bn.step(Step.PARAMS));
        List<Set<String>> serves = List.of(
                Set.of("mean", "std", "xhat", "y", "newMean", "newVar", "xhatInfer"),
                Set.of("std", "xhat", "y", "newVar", "xhatInfer"),
                Set.of("xhat", "y"),
                Set.of("y"),
                Set.of("newMean", "newVar", "xhatInfer"),
                Set.of("xhatInfer"),
                Set.of("total", "trainable"));
        List<Derivation> solution = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Set<String> leadsTo = serves.get(i);
            if (template.parts().stream().anyMatch(part -> leadsTo.contains(part.id()))) {
                solution.add(all.get(i));
            }
        }
        return new Exercise(template, seed, p, List.of(
                Expected.number("mean", value(mu)), Expected.number("std", value(sigma)),
                Expected.number("xhat", value(xhat)), Expected.number("y", value(y)),
                Expected.number("newMean", value(newMean)), Expected.number("newVar", value(newVar)),
                Expected.number("xhatInfer", value(xhatInfer)),
                Expected.number("total", bn.params()), Expected.number("trainable", bn.trainableParams())),
                wrong, solution, figure(template, x, pick));
    }

    /** The batch, for a question that works on it (not one about the layer's parameters); null otherwise. */
    private static BatchFigure figure(Template template, double[][] x, int pick) {
        Set<String> onTheBatch = Set.of("mean", "std", "xhat", "y", "newMean", "newVar", "xhatInfer");
        if (template.parts().stream().noneMatch(part -> onTheBatch.contains(part.id()))) {
            return null;
        }
        List<Double> values = new ArrayList<>();
        for (double[] row : x) {
            values.add(row[0]);
        }
        boolean picked = template.parts().stream().anyMatch(part -> Set.of("xhat", "y").contains(part.id()));
        return new BatchFigure(values, picked ? pick - 1 : null);
    }

    /** Later parts computed from the student's own mean and standard deviation still earn credit. */
    @Override
    public Optional<BigDecimal> carriedForward(Exercise exercise, String partId, Map<String, BigDecimal> earlier) {
        Map<String, Object> p = exercise.params();
        double xi = batch(p)[Params.i(p, "pick") - 1][0];
        double eps = Params.d(p, "epsilon");
        if (partId.equals("xhat") && earlier.containsKey("mean") && earlier.containsKey("std")) {
            double s = earlier.get("std").doubleValue();
            return Optional.of(value(BatchNormOp.normalize(xi, earlier.get("mean").doubleValue(), s * s, eps)));
        }
        if (partId.equals("y") && earlier.containsKey("xhat")) {
            return Optional.of(value(BatchNormOp.scale(earlier.get("xhat").doubleValue(), Params.d(p, "gamma"),
                    Params.d(p, "beta"))));
        }
        return Optional.empty();
    }

    private static BigDecimal value(double v) {
        return BigDecimal.valueOf(v);
    }
}
