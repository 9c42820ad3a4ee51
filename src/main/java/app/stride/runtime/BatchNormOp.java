package app.stride.runtime;

/**
 * Batch normalization of a mini-batch x[N][F], per feature. Training: the batch's mean and
 * population variance (÷ N), x̂ = (x − μ) / √(σ² + ε), y = γ·x̂ + β, and the moving statistics
 * updated as moving = momentum·moving + (1 − momentum)·batch. Inference: the moving statistics
 * normalize, and stay as they are.
 */
public final class BatchNormOp {

    private BatchNormOp() {
    }

    /** Per feature: the sums the statistics came from, for the worked solution. */
    public record FeatureTrace(int feature, double sum, double mean, double squaredDeviations, double variance) {
    }

    public record Result(double[] mean, double[] variance, double[][] normalized, double[][] output,
                         double[] newMovingMean, double[] newMovingVariance, FeatureTrace[] trace) {
    }

    public static Result apply(double[][] x, double[] gamma, double[] beta, double epsilon, double momentum,
                               double[] movingMean, double[] movingVariance, boolean training) {
        check(x, gamma, beta, movingMean, movingVariance);
        int n = x.length;
        int features = x[0].length;

        double[] mean = new double[features];
        double[] variance = new double[features];
        FeatureTrace[] trace = new FeatureTrace[features];
        for (int f = 0; f < features; f++) {
            double sum = 0;
            for (double[] row : x) {
                sum += row[f];
            }
            double mu = Double.isFinite(sum) ? sum / n : shares(x, f);
            double squares = 0;
            for (double[] row : x) {
                squares += (row[f] - mu) * (row[f] - mu);
            }
            if (training && !Double.isFinite(squares)) {
                throw new RuntimeInputException("x", "the variance of feature " + f + " is too large for a double: "
                        + "the squared deviations from its mean add up to more than 1.8·10^308");
            }
            trace[f] = new FeatureTrace(f, sum, mu, squares, squares / n);
            mean[f] = training ? mu : movingMean[f];
            variance[f] = training ? squares / n : movingVariance[f];
        }
        double[][] normalized = new double[n][features];
        double[][] output = new double[n][features];
        for (int f = 0; f < features; f++) {
            double spread = spread(variance[f], epsilon);
            if (spread == 0) {
                throw new RuntimeInputException("epsilon", "feature " + f + " has variance 0, so epsilon must be "
                        + "greater than 0 to normalize it");
            }
            for (int i = 0; i < n; i++) {
                normalized[i][f] = (x[i][f] - mean[f]) / spread;  // as normalize(), with the spread's zero checked once
                if (!Double.isFinite(normalized[i][f])) {
                    throw new RuntimeInputException("x", "the normalized value of x[" + i + "][" + f + "] is too large "
                            + "for a double: (x − mean) / √(variance + epsilon) is more than 1.8·10^308 in size");
                }
                output[i][f] = scale(normalized[i][f], gamma[f], beta[f]);
                if (!Double.isFinite(output[i][f])) {
                    throw new RuntimeInputException("gamma", "the output for x[" + i + "][" + f + "] is too large for "
                            + "a double: gamma · x̂ + beta is more than 1.8·10^308 in size");
                }
            }
        }
        double[] newMean = movingMean.clone();
        double[] newVariance = movingVariance.clone();
        if (training) {
            for (int f = 0; f < features; f++) {
                newMean[f] = blend(momentum, movingMean[f], mean[f]);
                newVariance[f] = blend(momentum, movingVariance[f], variance[f]);
            }
        }
        return new Result(mean, variance, normalized, output, newMean, newVariance, trace);
    }

    /** x̂ = (x − mean) / √(variance + ε): one value normalized, as the op normalizes each. */
    public static double normalize(double x, double mean, double variance, double epsilon) {
        return (x - mean) / spread(variance, epsilon);
    }

    /** y = γ · x̂ + β. */
    public static double scale(double normalized, double gamma, double beta) {
        return gamma * normalized + beta;
    }

    /** The mean as a sum of shares, for a feature whose plain sum passes the largest double. */
    private static double shares(double[][] x, int f) {
        double mean = 0;
        for (double[] row : x) {
            mean += row[f] / x.length;
        }
        return mean;
    }

    /** √(variance + ε), also where the sum under the root passes the largest double. */
    private static double spread(double variance, double epsilon) {
        double root = Math.sqrt(variance + epsilon);
        return Double.isInfinite(root) ? 2 * Math.sqrt(variance / 4 + epsilon / 4) : root;
    }

    /**
     * momentum · moving + (1 − momentum) · batch. Lies between its two finite inputs, but the
     * rounding of two terms near the largest double can pass it: then halved, and clamped.
     */
    private static double blend(double momentum, double moving, double batch) {
        double plain = momentum * moving + (1 - momentum) * batch;
        if (Double.isFinite(plain)) {
            return plain;
        }
        double halves = momentum * (moving / 2) + (1 - momentum) * (batch / 2);
        return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, 2 * halves));
    }

    /**
     * Refuses, naming the field, inputs {@link #apply} cannot run on: rows of different lengths,
     * a vector without one value per feature, a negative moving variance.
     */
    public static void check(double[][] x, double[] gamma, double[] beta, double[] movingMean,
                             double[] movingVariance) {
        int features = x[0].length;
        for (double[] row : x) {
            if (row.length != features) {
                throw new RuntimeInputException("x", "every row of x must have " + features + " features");
            }
        }
        perFeature("gamma", gamma, features);
        perFeature("beta", beta, features);
        perFeature("movingMean", movingMean, features);
        perFeature("movingVariance", movingVariance, features);
        for (int f = 0; f < features; f++) {
            if (movingVariance[f] < 0) {
                throw new RuntimeInputException("movingVariance[" + f + "]", "a variance cannot be negative; "
                        + "movingVariance[" + f + "] is " + movingVariance[f]);
            }
        }
    }

    private static void perFeature(String field, double[] values, int features) {
        if (values.length != features) {
            throw new RuntimeInputException(field, "the field " + field + " has " + values.length
                    + " values but x has " + features + " features; give one per feature");
        }
    }
}
