package app.stride.runtime;

/** The activations the course uses, applied element by element (softmax over the vector). */
public final class Activations {

    private Activations() {
    }

    public static double relu(double x) {
        return Math.max(0, x);
    }

    public static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    public static double[] relu(double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = relu(xs[i]);
        }
        return out;
    }

    public static double[] sigmoid(double[] xs) {
        double[] out = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = sigmoid(xs[i]);
        }
        return out;
    }

    /** Softmax, shifted by the maximum so large inputs do not overflow. */
    public static double[] softmax(double[] xs) {
        double max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            max = Math.max(max, x);
        }
        double[] out = new double[xs.length];
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            out[i] = Math.exp(xs[i] - max);
            sum += out[i];
        }
        for (int i = 0; i < xs.length; i++) {
            out[i] /= sum;
        }
        return out;
    }
}
