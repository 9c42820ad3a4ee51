package app.stride.runtime;

/** A fully connected layer on a vector: out[u] = Σ in[i]·w[i][u] + b[u], every product counted. */
public final class DenseOp {

    private DenseOp() {
    }

    public record Result(double[] output, long multiplications) {
    }

    public static Result apply(double[] input, double[][] weights, double[] bias) {
        if (weights.length != input.length) {
            throw new RuntimeInputException("weights", "the weights have " + weights.length
                    + " rows but the input has " + input.length + " values");
        }
        int units = weights[0].length;
        double[] out = new double[units];
        long mults = 0;
        for (int u = 0; u < units; u++) {
            double sum = bias == null ? 0 : bias[u];
            for (int i = 0; i < input.length; i++) {
                sum += input[i] * weights[i][u];
                mults++;
            }
            if (!Double.isFinite(sum)) {
                throw new RuntimeInputException("input", "the value at output[" + u + "] is too large for a double: "
                        + "its products and bias add up to more than 1.8·10^308 in size");
            }
            out[u] = sum;
        }
        return new Result(out, mults);
    }
}
