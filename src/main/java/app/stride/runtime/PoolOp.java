package app.stride.runtime;



import java.util.ArrayList;
import java.util.List;

/**
 * Max and average pooling, each channel on its own. With same padding the padded positions
 * are not values: max ignores them, and the average divides by the real values only, as
 * TensorFlow does.
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

    public static Result apply(Tensor input, Mode mode, Size pool, Size stride, Pad padding, boolean traced) {
        if (input.rank() != 3) {
            throw new RuntimeInputException("input", "the input must be [height][width][channels]");
        }
        Windows w = Windows.over(input.dim(0), input.dim(1), pool, stride, padding);
        int channels = input.dim(2);
        Tensor out = Tensor.zeros(w.outHeight(), w.outWidth(), channels);
        List<CellTrace> trace = traced ? new ArrayList<>() : List.of();
        for (int oi = 0; oi < w.outHeight(); oi++) {
            for (int oj = 0; oj < w.outWidth(); oj++) {
                for (int ch = 0; ch < channels; ch++) {
                    List<Double> values = new ArrayList<>(pool.h() * pool.w());
                    for (int i = 0; i < pool.h(); i++) {
                        for (int j = 0; j < pool.w(); j++) {
                            int r = w.rowStart(oi) + i;
                            int c = w.colStart(oj) + j;
                            if (w.inside(r, c)) {
                                values.add(input.get(r, c, ch));
                            }
                        }
                    }
                    double value = mode == Mode.MAX
                            ? values.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                            : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
                    out.set(oi, oj, ch, value);
                    if (traced) {
                        trace.add(new CellTrace(oi, oj, ch, w.rowStart(oi), w.colStart(oj), List.copyOf(values), value));
                    }
                }
            }
        }
        return new Result(out, trace);
    }

    /** Global average pooling: the mean of each channel, with the sum it came from. */
    public record GlobalResult(double[] output, double[] sums, int count) {
    }

    public static GlobalResult globalAverage(Tensor input) {
        if (input.rank() != 3) {
            throw new RuntimeInputException("input", "the input must be [height][width][channels]");
        }
        int channels = input.dim(2);
        double[] sums = new double[channels];
        for (int i = 0; i < input.dim(0); i++) {
            for (int j = 0; j < input.dim(1); j++) {
                for (int ch = 0; ch < channels; ch++) {
                    sums[ch] += input.get(i, j, ch);
                }
            }
        }
        int count = input.dim(0) * input.dim(1);
        double[] out = new double[channels];
        for (int ch = 0; ch < channels; ch++) {
            out[ch] = sums[ch] / count;
        }
        return new GlobalResult(out, sums, count);
    }
}
