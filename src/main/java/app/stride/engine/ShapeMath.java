package app.stride.engine;

/**
 * The sliding-window arithmetic shared by convolution and pooling, with TensorFlow's rules:
 * valid = floor((n − k) / s) + 1, same = ceil(n / s), and same padding split with the smaller
 * half before.
 */
public final class ShapeMath {

    private ShapeMath() {
    }

    /** Output positions along one axis of length {@code n}, window {@code k}, stride {@code s}. */
    /** One axis of a sliding window with its numbers, for a worked solution that asks about one side. */
    public static Arithmetic.Axis axis(int n, int k, int s, Padding padding) {
        return new Arithmetic.Axis(n, k, s, padding, outputLength(n, k, s, padding));
    }

    public static int outputLength(int n, int k, int s, Padding padding) {
        if (padding == Padding.SAME) {
            return ceilDiv(n, s);
        }
        if (k > n) {
            throw new IllegalArgumentException("window " + k + " is larger than the input " + n);
        }
        return (n - k) / s + 1;
    }

    /** Total zero padding along one axis for same padding (0 for valid). */
    public static int totalPadding(int n, int k, int s, Padding padding) {
        if (padding == Padding.VALID) {
            return 0;
        }
        long needed = (long) (ceilDiv(n, s) - 1) * s + k - n;
        return (int) Math.max(0, needed);
    }

    /** Zeros added before the first value: the smaller half, as TensorFlow does. */
    public static int padBefore(int n, int k, int s, Padding padding) {
        return totalPadding(n, k, s, padding) / 2;
    }

    public static int ceilDiv(int a, int b) {
        return (int) (((long) a + b - 1) / b);
    }
}
