package app.stride.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Max and average pooling, each channel on its own. With same padding the padded positions
 * are not values: max ignores them, and the average divides by the real values only, as
 * TensorFlow does. So only the part of a window over the real input is visited: a window of
 * 2^30 × 2^30 over a 1×1 image costs one value, not 2^60 padded ones.
 */
public final class PoolOp {

    public enum Mode { MAX, AVG }

    private PoolOp() {
    }

    /** One output value: the real input values in its window and what was made of them. */
    public record CellTrace(int row, int col, int channel, int rowStart, int colStart, List<Double> values,
                            double value) {
    }

    public record Result(Tensor output, List<CellTrace> trace) {
    }

    /**
     * The output [Ho, Wo, C] this op gives on these inputs, found before any of the work: what
     * {@link #apply} refuses for its sizes, this refuses, naming the field.
     */
    public static int[] outputShape(Tensor input, Size pool, Size stride, Pad padding) {
        Windows w = windows(input, pool, stride, padding);
        return new int[] {w.outHeight(), w.outWidth(), input.dim(2)};
    }

    private static Windows windows(Tensor input, Size pool, Size stride, Pad padding) {
        if (input.rank() != 3) {
            throw new RuntimeInputException("input", "the input must be [height][width][channels]");
        }
        return Windows.over(input.dim(0), input.dim(1), pool, stride, padding);
    }

    public static Result apply(Tensor input, Mode mode, Size pool, Size stride, Pad padding, boolean traced) {
        Windows w = windows(input, pool, stride, padding);
        int channels = input.dim(2);
        Tensor out = Tensor.zeros(w.outHeight(), w.outWidth(), channels);
        List<CellTrace> trace = traced ? new ArrayList<>() : List.of();
        for (int oi = 0; oi < w.outHeight(); oi++) {
            for (int oj = 0; oj < w.outWidth(); oj++) {
                int r0 = w.firstRow(oi);
                int r1 = w.endRow(oi);
                int c0 = w.firstCol(oj);
                int c1 = w.endCol(oj);
                if (r0 >= r1 || c0 >= c1) {
                    // same padding never centres a window on padding alone; a window that did would have no value
                    throw new RuntimeInputException("window", "the window at output [" + oi + "][" + oj
                            + "] covers no input value");
                }
                for (int ch = 0; ch < channels; ch++) {
                    double value = mode == Mode.MAX ? max(input, r0, r1, c0, c1, ch) : mean(input, r0, r1, c0, c1, ch);
                    out.set(oi, oj, ch, value);
                    if (traced) {
                        trace.add(new CellTrace(oi, oj, ch, w.rowStart(oi), w.colStart(oj),
                                values(input, r0, r1, c0, c1, ch), value));
                    }
                }
            }
        }
        return new Result(out, trace);
    }

    private static double max(Tensor input, int r0, int r1, int c0, int c1, int ch) {
        double max = Double.NEGATIVE_INFINITY;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                max = Math.max(max, input.get(r, c, ch));
            }
        }
        return max;
    }

    private static double mean(Tensor input, int r0, int r1, int c0, int c1, int ch) {
        double sum = 0;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                sum += input.get(r, c, ch);
            }
        }
        long count = (long) (r1 - r0) * (c1 - c0);
        if (Double.isFinite(sum)) {
            return sum / count;
        }
        // the sum passed the largest double; the mean never does, so add the shares instead
        double mean = 0;
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                mean += input.get(r, c, ch) / count;
            }
        }
        return mean;
    }

    private static List<Double> values(Tensor input, int r0, int r1, int c0, int c1, int ch) {
        List<Double> values = new ArrayList<>((r1 - r0) * (c1 - c0));
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                values.add(input.get(r, c, ch));
            }
        }
        return List.copyOf(values);
    }

    /** Global average pooling: the mean of each channel, with the sum it came from. */
    public record GlobalResult(double[] output, double[] sums, int count) {
    }

    public static GlobalResult globalAverage(Tensor input) {
        if (input.rank() != 3) {
            throw new RuntimeInputException("input", "the input must be [height][width][channels]");
        }
        int channels = input.dim(2);
        int h = input.dim(0);
        int w = input.dim(1);
        double[] sums = new double[channels];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                for (int ch = 0; ch < channels; ch++) {
                    sums[ch] += input.get(i, j, ch);
                }
            }
        }
        int count = h * w;
        double[] out = new double[channels];
        for (int ch = 0; ch < channels; ch++) {
            out[ch] = Double.isFinite(sums[ch]) ? sums[ch] / count : mean(input, 0, h, 0, w, ch);
        }
        return new GlobalResult(out, sums, count);
    }
}
