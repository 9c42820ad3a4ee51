package app.stride.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Convolution as Keras computes it: cross-correlation (no kernel flip) over the zero-padded
 * input, plus a bias per filter. Every product is counted, the padded zeros included, as the
 * naive loop performs them.
 */
public final class Conv2DOp {

    private Conv2DOp() {
    }

    /** One output value and the products that made it. */
    public record CellTrace(int row, int col, int filter, int rowStart, int colStart, List<Product> products,
                            double bias, double value) {
    }

    /** input[r][c][ch] · kernel[i][j][ch][filter]; r, c may lie in the padding, where the input is 0. */
    public record Product(int row, int col, int channel, double input, double weight) {
        public double value() {
            return input * weight;
        }
    }

    public record Result(Tensor output, long multiplications, List<CellTrace> trace) {
    }

    /**
     * The output [Ho, Wo, cout] this op gives on these inputs, found before any of the work:
     * what {@link #apply} refuses, this refuses, naming the field.
     */
    public static int[] outputShape(Tensor input, Tensor kernel, double[] bias, Size stride, Pad padding) {
        Windows w = windows(input, kernel, bias, stride, padding);
        return new int[] {w.outHeight(), w.outWidth(), kernel.dim(3)};
    }

    private static Windows windows(Tensor input, Tensor kernel, double[] bias, Size stride, Pad padding) {
        if (input.rank() != 3) {
            throw new RuntimeInputException("input", "the input must be [height][width][channels]");
        }
        if (kernel.rank() != 4) {
            throw new RuntimeInputException("kernel", "the kernel must be [kh][kw][cin][cout]");
        }
        int cin = input.dim(2);
        if (kernel.dim(2) != cin) {
            throw new RuntimeInputException("kernel", "the kernel has " + kernel.dim(2)
                    + " input channels but the input has " + cin + "; they must match");
        }
        int cout = kernel.dim(3);
        if (bias != null && bias.length != cout) {
            throw new RuntimeInputException("bias", "the bias has " + bias.length + " values but the kernel has "
                    + cout + " filters; give one bias per filter");
        }
        return Windows.over(input.dim(0), input.dim(1), new Size(kernel.dim(0), kernel.dim(1)), stride, padding);
    }

    public static Result apply(Tensor input, Tensor kernel, double[] bias, Size stride, Pad padding,
                               boolean traced) {
        Windows w = windows(input, kernel, bias, stride, padding);
        int cin = input.dim(2);
        int cout = kernel.dim(3);
        Tensor out = Tensor.zeros(w.outHeight(), w.outWidth(), cout);
        List<CellTrace> trace = traced ? new ArrayList<>() : List.of();
        long mults = 0;
        for (int oi = 0; oi < w.outHeight(); oi++) {
            for (int oj = 0; oj < w.outWidth(); oj++) {
                int r0 = w.rowStart(oi);
                int c0 = w.colStart(oj);
                for (int f = 0; f < cout; f++) {
                    double sum = 0;
                    List<Product> products = traced ? new ArrayList<>() : null;
                    for (int i = 0; i < kernel.dim(0); i++) {
                        for (int j = 0; j < kernel.dim(1); j++) {
                            int r = r0 + i;
                            int c = c0 + j;
                            boolean real = w.inside(r, c);
                            for (int ch = 0; ch < cin; ch++) {
                                double x = real ? input.get(r, c, ch) : 0.0;
                                double k = kernel.get(i, j, ch, f);
                                sum += x * k;
                                mults++;
                                if (traced) {
                                    products.add(new Product(r, c, ch, x, k));
                                }
                            }
                        }
                    }
                    double b = bias == null ? 0.0 : bias[f];
                    if (!Double.isFinite(sum + b)) {
                        // once a sum passes the largest double it stays infinite (or NaN): the end tells
                        throw new RuntimeInputException("input", "the value at output[" + oi + "][" + oj + "][" + f
                                + "] is too large for a double: its products and bias add up to more than "
                                + "1.8·10^308 in size");
                    }
                    out.set(oi, oj, f, sum + b);
                    if (traced) {
                        trace.add(new CellTrace(oi, oj, f, r0, c0, List.copyOf(products), b, sum + b));
                    }
                }
            }
        }
        return new Result(out, mults, trace);
    }

    /** The weights this op allocates for a layer: kernel plus bias, as the engine counts parameters. */
    public static long weightsAllocated(Tensor kernel, double[] bias) {
        return (long) kernel.size() + (bias == null ? 0 : bias.length);
    }
}
