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
        int n = x.length;
        int features = x[0].length;
        for (double[] row : x) {
            if (row.length != features) {
                throw new RuntimeInputException("x", "every row of x must have " + features + " features");
            }
        }
        check("gamma", gamma, features);
        check("beta", beta, features);
        check("movingMean", movingMean, features);
        check("movingVariance", movingVariance, features);

        double[] mean = new double[features];
        double[] variance = new double[features];
        FeatureTrace[] trace = new FeatureTrace[features];
        for (int f = 0; f < features; f++) {
            double sum = 0;
            for (double[] row : x) {
                sum += row[f];
            }
            double mu = sum / n;
            double squares = 0;
            for (double[] row : x) {
                squares += (row[f] - mu) * (row[f] - mu);
            }
            trace[f] = new FeatureTrace(f, sum, mu, squares, squares / n);
            mean[f] = training ? mu : movingMean[f];
            variance[f] = training ? squares / n : movingVariance[f];
        }
        double[][] normalized = new double[n][features];
        double[][] output = new double[n][features];
        for (int i = 0; i < n; i++) {
            for (int f = 0; f < features; f++) {
                normalized[i][f] = (x[i][f] - mean[f]) / Math.sqrt(variance[f] + epsilon);
                output[i][f] = gamma[f] * normalized[i][f] + beta[f];
            }
        }
        double[] newMean = movingMean.clone();
        double[] newVariance = movingVariance.clone();
        if (training) {
            for (int f = 0; f < features; f++) {
                newMean[f] = momentum * movingMean[f] + (1 - momentum) * mean[f];
                newVariance[f] = momentum * movingVariance[f] + (1 - momentum) * variance[f];
            }
        }
        return new Result(mean, variance, normalized, output, newMean, newVariance, trace);
    }

    private static void check(String field, double[] values, int features) {
        if (values.length != features) {
            throw new RuntimeInputException(field, field + " has " + values.length + " values but x has "
                    + features + " features");
        }
    }
}
