package app.stride.exercise.family;

import app.stride.engine.Arithmetic;
import app.stride.engine.ArithmeticText;
import app.stride.engine.Derivation;
import app.stride.engine.Padding;
import app.stride.engine.ShapeMath;
import app.stride.exercise.Exercise;
import app.stride.exercise.Expected;
import app.stride.exercise.FamilyBase;
import app.stride.exercise.GridFigure;
import app.stride.exercise.Misconception;
import app.stride.exercise.Params;
import app.stride.exercise.Template;
import app.stride.runtime.Pad;
import app.stride.runtime.PoolOp;
import app.stride.runtime.Size;
import app.stride.runtime.Tensor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Max or average pooling of a small grid (output size, two chosen output cells, and its
 * trainable parameters: none), or global average pooling of a small two-channel input.
 */
public final class PoolingFamily extends FamilyBase {

    public PoolingFamily() {
        super("pooling",
                Set.of("size", "pool", "stride", "mode", "grid"),
                Set.of("size", "cellA", "cellB", "params", "gap0", "gap1"),
                Set.of("max-instead-of-avg", "avg-instead-of-max", "same-instead-of-valid", "valid-instead-of-same",
                        "forgot-stride", "pooling-has-params", "gap-sum-not-mean"),
                Set.of("input", "input0", "input1", "rowA", "colA", "rowB", "colB"));
    }

    /** Valid unless the template says {@code padding: same}: the parameter is optional. */
    private static Pad padding(Map<String, Object> p) {
        return p.containsKey("padding") && Params.s(p, "padding").equals("same") ? Pad.SAME : Pad.VALID;
    }

    @Override
    public Optional<String> reject(Map<String, Object> p) {
        if (!gap(p) && padding(p) == Pad.VALID && Params.i(p, "pool") > Params.i(p, "size")) {
            return Optional.of("the pool is larger than the grid");
        }
        return Optional.empty();
    }

    private static boolean gap(Map<String, Object> p) {
        return Params.s(p, "mode").equals("gap");
    }

    @Override
    public Exercise create(Template template, long seed, Map<String, Object> params) {
        return gap(params) ? globalAverage(template, seed, params) : pooled(template, seed, params);
    }

    private Exercise pooled(Template template, long seed, Map<String, Object> params) {
        int size = Params.i(params, "size");
        int pool = Params.i(params, "pool");
        int stride = Params.i(params, "stride");
        boolean max = Params.s(params, "mode").equals("max");
        Tensor input = Grids.draw(params, "grid", size, 1, 0, 9);
        Pad padding = padding(params);
        PoolOp.Result result = PoolOp.apply(input, max ? PoolOp.Mode.MAX : PoolOp.Mode.AVG, Size.square(pool),
                Size.square(stride), padding, true);
        PoolOp.Result other = PoolOp.apply(input, max ? PoolOp.Mode.AVG : PoolOp.Mode.MAX, Size.square(pool),
                Size.square(stride), padding, false);
        int out = result.output().dim(0);
        SplittableRandom random = new SplittableRandom(Params.i(params, "grid"));
        int[] a = {random.nextInt(out), random.nextInt(out)};
        int[] b;
        do {
            b = new int[] {random.nextInt(out), random.nextInt(out)};
        } while (out > 1 && b[0] == a[0] && b[1] == a[1]);

        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("input", Grids.rows(input, 0));
        p.put("rowA", a[0] + 1);
        p.put("colA", a[1] + 1);
        p.put("rowB", b[0] + 1);
        p.put("colB", b[1] + 1);

        List<Misconception> wrong = new ArrayList<>();
        String swapped = max ? "avg-instead-of-max" : "max-instead-of-avg";
        wrong.add(Misconception.number(swapped, "cellA", value(other.output().get(a[0], a[1], 0))));
        wrong.add(Misconception.number(swapped, "cellB", value(other.output().get(b[0], b[1], 0))));
        // each mistake is the core's own computation with one setting wrong
        Padding asked = padding == Pad.SAME ? Padding.SAME : Padding.VALID;
        Padding otherPadding = asked == Padding.SAME ? Padding.VALID : Padding.SAME;
        if (pool <= size) {
            Misconception.addIfWrong(wrong, asked == Padding.SAME ? "valid-instead-of-same" : "same-instead-of-valid",
                    "size", ShapeMath.outputLength(size, pool, stride, otherPadding), out);
        }
        Misconception.addIfWrong(wrong, "forgot-stride", "size", ShapeMath.outputLength(size, pool, 1, asked), out);
        wrong.add(Misconception.number("pooling-has-params", "params", (long) pool * pool));

        List<Derivation> solution = new ArrayList<>();
        Arithmetic.Axis side = ShapeMath.axis(size, pool, stride, asked);
        solution.add(Derivation.localized(asked == Padding.SAME ? "solution.pool.size.same" : "solution.pool.size",
                locale -> ArithmeticText.axis(side, locale)));
        for (int[] cell : List.of(a, b)) {
            PoolOp.CellTrace trace = result.trace().get(cell[0] * out + cell[1]);
            solution.add(Derivation.localized(max ? "solution.pool.max" : "solution.pool.avg", locale -> {
                String values = trace.values().stream().map(v -> Boxes.decimal(v, locale))
                        .collect(Collectors.joining(max ? Boxes.separator(locale) : " + "));
                return max ? "max(" + values + ") = " + Boxes.decimal(trace.value(), locale)
                        : "(" + values + ") / " + trace.values().size() + " = " + Boxes.round(trace.value(), 4, locale);
            }, cell[0] + 1, cell[1] + 1));
        }
        solution.add(Derivation.of("derive.pool.params", "0"));
        return new Exercise(template, seed, p, List.of(
                Expected.number("size", out),
                Expected.number("cellA", value(result.output().get(a[0], a[1], 0))),
                Expected.number("cellB", value(result.output().get(b[0], b[1], 0))),
                Expected.number("params", 0)), wrong, solution, figure(input, pool, stride, padding, result, out, a, b));
    }

    /** The input with the window of each asked cell where the runtime placed it, in the padding too. */
    private static GridFigure figure(Tensor input, int pool, int stride, Pad padding, PoolOp.Result result, int out,
                                     int[] a, int[] b) {
        List<GridFigure.CellWindow> windows = new ArrayList<>();
        String[] parts = {"cellA", "cellB"};
        int[][] cells = {a, b};
        for (int n = 0; n < 2; n++) {
            PoolOp.CellTrace trace = result.trace().get(cells[n][0] * out + cells[n][1]);
            windows.add(new GridFigure.CellWindow(parts[n], trace.row(), trace.col(), trace.rowStart(),
                    trace.colStart()));
        }
        return new GridFigure(Grids.channels(input), List.of(), pool, pool, stride, stride, padding, windows);
    }

    private Exercise globalAverage(Template template, long seed, Map<String, Object> params) {
        int size = Params.i(params, "size");
        Tensor input = Grids.draw(params, "grid", size, 2, 0, 9);
        PoolOp.GlobalResult result = PoolOp.globalAverage(input);
        Map<String, Object> p = new LinkedHashMap<>(params);
        p.put("input0", Grids.rows(input, 0));
        p.put("input1", Grids.rows(input, 1));
        List<Misconception> wrong = new ArrayList<>();
        List<Derivation> solution = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            String part = "gap" + c;
            wrong.add(Misconception.number("gap-sum-not-mean", part, value(result.sums()[c])));
            double channelMax = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < size; i++) {
                for (int j = 0; j < size; j++) {
                    channelMax = Math.max(channelMax, input.get(i, j, c));
                }
            }
            wrong.add(Misconception.number("max-instead-of-avg", part, value(channelMax)));
            int channel = c;
            solution.add(Derivation.localized("solution.gap.channel", locale -> Boxes.decimal(result.sums()[channel], locale) + " / "
                    + result.count() + " = " + Boxes.round(result.output()[channel], 4, locale), c + 1));
        }
        return new Exercise(template, seed, p, List.of(
                Expected.number("gap0", value(result.output()[0])),
                Expected.number("gap1", value(result.output()[1]))), wrong, solution,
                new GridFigure(Grids.channels(input), List.of(), size, size, size, size, Pad.VALID, List.of()));
    }

    private static BigDecimal value(double v) {
        return BigDecimal.valueOf(v);
    }
}
