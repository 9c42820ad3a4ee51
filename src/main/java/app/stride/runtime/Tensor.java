package app.stride.runtime;

import java.util.Arrays;

/**
 * A small dense tensor of doubles, channels last: an image is [H, W, C], a conv kernel is
 * [kh, kw, cin, cout]. Immutable once built; ops make new ones.
 */
public final class Tensor {

    private final int[] shape;
    private final double[] data;

    private Tensor(int[] shape, double[] data) {
        this.shape = shape;
        this.data = data;
    }

    public static Tensor zeros(int... shape) {
        long n = 1;
        for (int d : shape) {
            if (d <= 0) {
                throw new IllegalArgumentException("every dimension must be positive: " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        return new Tensor(shape.clone(), new double[Math.toIntExact(n)]);
    }

    public static Tensor of(double[][][] image) {
        int h = image.length;
        int w = image[0].length;
        int c = image[0][0].length;
        Tensor t = zeros(h, w, c);
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                for (int k = 0; k < c; k++) {
                    t.data[(i * w + j) * c + k] = image[i][j][k];
                }
            }
        }
        return t;
    }

    public static Tensor of(double[][][][] kernel) {
        int kh = kernel.length;
        int kw = kernel[0].length;
        int cin = kernel[0][0].length;
        int cout = kernel[0][0][0].length;
        Tensor t = zeros(kh, kw, cin, cout);
        for (int i = 0; i < kh; i++) {
            for (int j = 0; j < kw; j++) {
                for (int k = 0; k < cin; k++) {
                    for (int o = 0; o < cout; o++) {
                        t.data[((i * kw + j) * cin + k) * cout + o] = kernel[i][j][k][o];
                    }
                }
            }
        }
        return t;
    }

    /** A single-channel image from rows of numbers, as exercises print them. */
    public static Tensor grid(double[][] rows) {
        double[][][] image = new double[rows.length][rows[0].length][1];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < rows[0].length; j++) {
                image[i][j][0] = rows[i][j];
            }
        }
        return of(image);
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    public int size() {
        return data.length;
    }

    public double get(int i, int j, int k) {
        return data[(i * shape[1] + j) * shape[2] + k];
    }

    public double get(int i, int j, int k, int o) {
        return data[((i * shape[1] + j) * shape[2] + k) * shape[3] + o];
    }

    void set(int i, int j, int k, double value) {
        data[(i * shape[1] + j) * shape[2] + k] = value;
    }

    public double[][][] toArray3() {
        double[][][] out = new double[shape[0]][shape[1]][shape[2]];
        for (int i = 0; i < shape[0]; i++) {
            for (int j = 0; j < shape[1]; j++) {
                for (int k = 0; k < shape[2]; k++) {
                    out[i][j][k] = get(i, j, k);
                }
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
