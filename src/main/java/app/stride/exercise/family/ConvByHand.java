package app.stride.exercise.family;

import app.stride.engine.Derivation;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.FamilyBase;
import app.stride.exercise.GridFigure;
import app.stride.exercise.Misconception;
import app.stride.exercise.Params;
import app.stride.exercise.Template;
import app.stride.runtime.Activations;
import app.stride.runtime.Conv2DOp;
import app.stride.runtime.Pad;
import app.stride.runtime.Size;
import app.stride.runtime.Tensor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * A convolution by hand on a small integer input (one or three channels) with one filter:
 * two output cells, each a dot product plus the bias, through ReLU. Executed by the runtime,
 * whose trace of products is the worked solution.
 */
public final class ConvByHand extends FamilyBase {

    public ConvByHand() {
        super("conv-by-hand",
                Set.of("size", "channels", "kernel", "bias", "grid"),
                Set.of("cellA", "cellB"),
                Set.of("forgot-bias", "forgot-relu", "flipped-kernel", "forgot-depth"),
                Set.of("input", "kernelText", "rowA", "colA", "rowB", "colB"));
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> params) {
        int size = Params.i(params, "size");
        int channels = Params.i(params, "channels");
        int k = Params.i(params, "kernel");
        double bias = Params.i(params, "bias");
        Tensor input = Grids.draw(params, "grid", size, channels, 0, 3);
        Tensor kernel = kernel(Params.i(params, "grid"), k, channels, false);
        Conv2DOp.Result run = Conv2DOp.apply(input, kernel, new double[] {bias}, Size.square(1), Pad.VALID, true);
        Conv2DOp.Result flipped = Conv2DOp.apply(input, kernel(Params.i(params, "grid"), k, channels, true),
                new double[] {bias}, Size.square(1), Pad.VALID, false);
        int out = run.output().dim(0);
        SplittableRandom random = new SplittableRandom(Params.i(params, "grid") + 17L);
        int[] a = {random.nextInt(out), random.nextInt(out)};
        int[] b;
        do {
            b = new int[] {random.nextInt(out), random.nextInt(out)};
        } while (b[0] == a[0] && b[1] == a[1]);

        Map<String, Object> p = new LinkedHashMap<>(params);
        StringBuilder inputText = new StringBuilder();
        StringBuilder kernelText = new StringBuilder();
        for (int c = 0; c < channels; c++) {
            String label = channels == 1 ? "" : "[" + (c + 1) + "]\n";
            inputText.append(label).append(Grids.rows(input, c)).append("\n");
            kernelText.append(label).append(Grids.rows(kernel, c, 0)).append("\n");
        }
        p.put("input", inputText.toString().strip());
        p.put("kernelText", kernelText.toString().strip());
        p.put("rowA", a[0] + 1);
        p.put("colA", a[1] + 1);
        p.put("rowB", b[0] + 1);
        p.put("colB", b[1] + 1);

        List<Expected> expected = new ArrayList<>();
        List<Misconception> wrong = new ArrayList<>();
        List<Derivation> solution = new ArrayList<>();
        String[] parts = {"cellA", "cellB"};
        int[][] cells = {a, b};
        for (int n = 0; n < 2; n++) {
            Conv2DOp.CellTrace trace = run.trace().get(cells[n][0] * out + cells[n][1]);
            double dot = trace.value() - bias;
            double right = Activations.relu(trace.value());
            expected.add(Expected.number(parts[n], BigDecimal.valueOf(right)));
            // one output value: the bias is the filter's own number, not one per filter
            add(wrong, "forgot-bias", parts[n], Activations.relu(dot), right, Map.of("bias", (long) bias));
            add(wrong, "forgot-relu", parts[n], trace.value(), right);
            add(wrong, "flipped-kernel", parts[n],
                    Activations.relu(flipped.output().get(cells[n][0], cells[n][1], 0)), right);
            if (channels > 1) {
                double first = trace.products().stream().filter(x -> x.channel() == 0)
                        .mapToDouble(Conv2DOp.Product::value).sum();
                add(wrong, "forgot-depth", parts[n], Activations.relu(first + bias), right, Map.of("depth", channels));
            }
            solution.add(Derivation.localized("solution.conv.cell", locale -> trace.products().stream()
                    .map(x -> Boxes.decimal(x.input(), locale) + "·" + signed(x.weight(), locale))
                    .collect(Collectors.joining(" + ")) + " = " + Boxes.decimal(dot, locale) + "; "
                    + Boxes.decimal(dot, locale) + " + " + signed(bias, locale) + " = "
                    + Boxes.decimal(trace.value(), locale) + "; ReLU → " + Boxes.decimal(right, locale),
                    cells[n][0] + 1, cells[n][1] + 1));
        }
        return new Exercise(template, seed, p, expected, wrong, solution, figure(input, kernel, run, parts, cells));
    }

    /** The input and the filter, with the window of each asked cell where the runtime placed it. */
    private static GridFigure figure(Tensor input, Tensor kernel, Conv2DOp.Result run, String[] parts, int[][] cells) {
        int out = run.output().dim(1);
        List<GridFigure.CellWindow> windows = new ArrayList<>();
        for (int n = 0; n < parts.length; n++) {
            Conv2DOp.CellTrace trace = run.trace().get(cells[n][0] * out + cells[n][1]);
            windows.add(new GridFigure.CellWindow(parts[n], trace.row(), trace.col(), trace.rowStart(),
                    trace.colStart()));
        }
        return new GridFigure(Grids.channels(input), Grids.channels(kernel, 0), kernel.dim(0), kernel.dim(1), 1, 1,
                Pad.VALID, windows);
    }

    /** Weights in {−1, 0, 1, 2}; {@code flip} turns the kernel 180°, as a true convolution would. */
    static Tensor kernel(int seed, int k, int channels, boolean flip) {
        SplittableRandom random = new SplittableRandom(seed * 31L + 5);
        double[][][][] w = new double[k][k][channels][1];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    double value = random.nextInt(-1, 3);
                    if (flip) {
                        w[k - 1 - i][k - 1 - j][c][0] = value;
                    } else {
                        w[i][j][c][0] = value;
                    }
                }
            }
        }
        return Tensor.of(w);
    }

    private static void add(List<Misconception> wrong, String id, String part, double value, double right) {
        add(wrong, id, part, value, right, Map.of());
    }

    /** A mistake about one output cell, worded for a cell (the catalogue's context "cell"). */
    private static void add(List<Misconception> wrong, String id, String part, double value, double right,
                            Map<String, Object> values) {
        if (value != right) {
            wrong.add(Misconception.number(id, part, BigDecimal.valueOf(value)).in("cell", values));
        }
    }

    private static String signed(double v, java.util.Locale locale) {
        return v < 0 ? "(" + Boxes.decimal(v, locale) + ")" : Boxes.decimal(v, locale);
    }
}
