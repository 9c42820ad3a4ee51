package app.stride.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.stride.engine.Conv2D;
import app.stride.engine.LayerFigures;
import app.stride.engine.MaxPool2D;
import app.stride.engine.Padding;
import app.stride.engine.Shape;
import app.stride.engine.Window;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The engine's formulas against the runtime's execution, over thousands of random layers: the
 * output shape, the multiplications the runtime actually performs, and the weights it
 * allocates, each equal to what the engine says without running anything.
 */
class RuntimeAgreesWithEngineProperties {

    @Property(tries = 3000)
    void convolutionShapesMultiplicationsAndParametersAgree(
            @ForAll @IntRange(min = 1, max = 12) int h, @ForAll @IntRange(min = 1, max = 12) int w,
            @ForAll @IntRange(min = 1, max = 4) int cin, @ForAll @IntRange(min = 1, max = 4) int filters,
            @ForAll @IntRange(min = 1, max = 5) int kh, @ForAll @IntRange(min = 1, max = 5) int kw,
            @ForAll @IntRange(min = 1, max = 3) int sh, @ForAll @IntRange(min = 1, max = 3) int sw,
            @ForAll boolean same, @ForAll boolean useBias) {
        Assume.that(same || (kh <= h && kw <= w));
        LayerFigures engine = new Conv2D(null, null, filters, new Window(kh, kw), new Window(sh, sw),
                same ? Padding.SAME : Padding.VALID, useBias, null).figures(List.of(Shape.of(h, w, cin)));

        Tensor kernel = Tensor.zeros(kh, kw, cin, filters);
        double[] bias = useBias ? new double[filters] : null;
        Conv2DOp.Result run = Conv2DOp.apply(Tensor.zeros(h, w, cin), kernel, bias, new Size(sh, sw),
                same ? Pad.SAME : Pad.VALID, false);

        assertThat(Shape.of(run.output().shape())).isEqualTo(engine.output());
        assertThat(run.multiplications()).isEqualTo(engine.multiplications());
        assertThat(Conv2DOp.weightsAllocated(kernel, bias)).isEqualTo(engine.trainableParams());
    }

    @Property(tries = 2000)
    void poolingShapesAgree(@ForAll @IntRange(min = 1, max = 20) int h, @ForAll @IntRange(min = 1, max = 20) int w,
                            @ForAll @IntRange(min = 1, max = 4) int pool, @ForAll @IntRange(min = 1, max = 4) int stride,
                            @ForAll boolean same) {
        Assume.that(same || (pool <= h && pool <= w));
        LayerFigures engine = new MaxPool2D(null, null, Window.square(pool), Window.square(stride),
                same ? Padding.SAME : Padding.VALID).figures(List.of(Shape.of(h, w, 2)));
        PoolOp.Result run = PoolOp.apply(Tensor.zeros(h, w, 2), PoolOp.Mode.MAX, Size.square(pool),
                Size.square(stride), same ? Pad.SAME : Pad.VALID, false);
        assertThat(Shape.of(run.output().shape())).isEqualTo(engine.output());
    }

    /**
     * Windows and strides up to 2^31 − 1 (the runtime once stepped them in int and wrapped around):
     * the runtime still ends at once with the engine's shape, and a max pool answers the largest
     * real value of the window that TensorFlow's rule places, found here in long arithmetic.
     */
    @Property(tries = 1500)
    void poolingWithWindowsAndStridesNearTwoToTheThirtyOneAgrees(
            @ForAll @IntRange(min = 1, max = 6) int h, @ForAll @IntRange(min = 1, max = 6) int w,
            @ForAll("extremes") int ph, @ForAll("extremes") int pw, @ForAll("extremes") int sh,
            @ForAll("extremes") int sw, @ForAll boolean same, @ForAll long seed) {
        Assume.that(same || (ph <= h && pw <= w));
        Random random = new Random(seed);
        double[][][] x = new double[h][w][1];
        for (double[][] row : x) {
            for (double[] cell : row) {
                cell[0] = random.nextInt(100);
            }
        }
        LayerFigures engine = new MaxPool2D(null, null, new Window(ph, pw), new Window(sh, sw),
                same ? Padding.SAME : Padding.VALID).figures(List.of(Shape.of(h, w, 1)));
        PoolOp.Result run = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> PoolOp.apply(Tensor.of(x),
                PoolOp.Mode.MAX, new Size(ph, pw), new Size(sh, sw), same ? Pad.SAME : Pad.VALID, false));
        assertThat(Shape.of(run.output().shape())).isEqualTo(engine.output());
        long padTop = same ? Math.max(0, ((h + (long) sh - 1) / sh - 1) * sh + ph - h) / 2 : 0;
        long padLeft = same ? Math.max(0, ((w + (long) sw - 1) / sw - 1) * sw + pw - w) / 2 : 0;
        for (int i = 0; i < engine.output().dim(0); i++) {
            for (int j = 0; j < engine.output().dim(1); j++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int r = 0; r < h; r++) {
                    for (int c = 0; c < w; c++) {
                        long dr = r - (i * (long) sh - padTop);
                        long dc = c - (j * (long) sw - padLeft);
                        if (dr >= 0 && dr < ph && dc >= 0 && dc < pw) {
                            max = Math.max(max, x[r][c][0]);
                        }
                    }
                }
                assertThat(run.output().get(i, j, 0)).isEqualTo(max);
            }
        }
    }

    @Property(tries = 1000)
    void convolutionWithStridesNearTwoToTheThirtyOneAgrees(
            @ForAll @IntRange(min = 1, max = 6) int h, @ForAll @IntRange(min = 1, max = 6) int w,
            @ForAll @IntRange(min = 1, max = 3) int k, @ForAll("extremes") int sh, @ForAll("extremes") int sw,
            @ForAll boolean same) {
        Assume.that(same || k <= Math.min(h, w));
        LayerFigures engine = new Conv2D(null, null, 2, Window.square(k), new Window(sh, sw),
                same ? Padding.SAME : Padding.VALID, true, null).figures(List.of(Shape.of(h, w, 1)));
        Conv2DOp.Result run = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Conv2DOp.apply(
                Tensor.zeros(h, w, 1), Tensor.zeros(k, k, 1, 2), new double[2], new Size(sh, sw),
                same ? Pad.SAME : Pad.VALID, false));
        assertThat(Shape.of(run.output().shape())).isEqualTo(engine.output());
        assertThat(run.multiplications()).isEqualTo(engine.multiplications());
    }

    @Provide
    Arbitrary<Integer> extremes() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 7),
                Arbitraries.of(1 << 30, (1 << 30) + 1, Integer.MAX_VALUE - 1, Integer.MAX_VALUE));
    }

    @Property(tries = 1000)
    void convolutionValuesMatchAPaddedReferenceImplementation(
            @ForAll @IntRange(min = 1, max = 7) int h, @ForAll @IntRange(min = 1, max = 7) int w,
            @ForAll @IntRange(min = 1, max = 3) int cin, @ForAll @IntRange(min = 1, max = 3) int filters,
            @ForAll @IntRange(min = 1, max = 4) int k, @ForAll @IntRange(min = 1, max = 3) int s,
            @ForAll boolean same, @ForAll long seed) {
        Assume.that(same || k <= Math.min(h, w));
        Random random = new Random(seed);
        double[][][] x = new double[h][w][cin];
        double[][][][] kernel = new double[k][k][cin][filters];
        double[] bias = new double[filters];
        for (double[][] row : x) {
            for (double[] cell : row) {
                for (int c = 0; c < cin; c++) {
                    cell[c] = random.nextInt(11) - 5;
                }
            }
        }
        for (double[][][] a : kernel) {
            for (double[][] b : a) {
                for (double[] c : b) {
                    for (int f = 0; f < filters; f++) {
                        c[f] = random.nextInt(7) - 3;
                    }
                }
            }
        }
        for (int f = 0; f < filters; f++) {
            bias[f] = random.nextInt(5) - 2;
        }
        Tensor out = Conv2DOp.apply(Tensor.of(x), Tensor.of(kernel), bias, Size.square(s),
                same ? Pad.SAME : Pad.VALID, false).output();
        double[][][] expected = reference(x, kernel, bias, s, same);
        assertThat(out.toArray3()).isDeepEqualTo(expected);
    }

    /**
     * An independent convolution: build the padded image explicitly (TensorFlow's rule, written
     * from its documentation: out = ceil(n/s), pad = max((out − 1)·s + k − n, 0), floor half
     * before), then correlate.
     */
    private static double[][][] reference(double[][][] x, double[][][][] kernel, double[] bias, int s, boolean same) {
        int h = x.length;
        int w = x[0].length;
        int cin = x[0][0].length;
        int k = kernel.length;
        int filters = bias.length;
        int outH = same ? (h + s - 1) / s : (h - k) / s + 1;
        int outW = same ? (w + s - 1) / s : (w - k) / s + 1;
        int padH = same ? Math.max((outH - 1) * s + k - h, 0) : 0;
        int padW = same ? Math.max((outW - 1) * s + k - w, 0) : 0;
        double[][][] padded = new double[h + padH][w + padW][cin];
        for (int i = 0; i < h; i++) {
            for (int j = 0; j < w; j++) {
                padded[i + padH / 2][j + padW / 2] = x[i][j].clone();
            }
        }
        double[][][] out = new double[outH][outW][filters];
        for (int i = 0; i < outH; i++) {
            for (int j = 0; j < outW; j++) {
                for (int f = 0; f < filters; f++) {
                    double sum = bias[f];
                    for (int a = 0; a < k; a++) {
                        for (int b = 0; b < k; b++) {
                            for (int c = 0; c < cin; c++) {
                                sum += padded[i * s + a][j * s + b][c] * kernel[a][b][c][f];
                            }
                        }
                    }
                    out[i][j][f] = sum;
                }
            }
        }
        return out;
    }
}
