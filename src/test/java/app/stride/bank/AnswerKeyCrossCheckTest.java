package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.exercise.Exercise;
import app.stride.exercise.Params;
import app.stride.exercise.Template;
import app.stride.runtime.Conv2DOp;
import app.stride.runtime.Pad;
import app.stride.runtime.Size;
import app.stride.runtime.Tensor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer key is sacred: every generated answer is computed a second time, independently
 * of the engine — by the course's formulas written out here, and, where the sizes allow, by
 * executing the layer in the runtime — over thousands of seeded variants.
 */
class AnswerKeyCrossCheckTest {

    private static QuestionBank bank;

    @BeforeAll
    static void load() {
        bank = BankFiles.bank();
    }

    private static long out(int n, int k, int s, String padding) {
        return padding.equals("same") ? (n + s - 1) / s : (n - k) / s + 1;
    }

    /** What the runtime made of a layer's sizes; seeds that draw the same sizes share one run. */
    private record Ran(int[] shape, long multiplications) {
    }

    @Test
    void convOutputSizeAndMultiplicationsByTheFormulasAndByTheRuntime() {
        Map<List<Object>, Ran> ran = new HashMap<>();
        int executed = 0;
        for (Template t : bank.templates()) {
            if (!t.family().equals("conv-output-size") && !t.family().equals("conv-multiplications")) {
                continue;
            }
            for (long seed = 1; seed <= 2000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                int h = Params.i(p, "h");
                int w = Params.i(p, "w");
                int c = Params.i(p, "c");
                int f = Params.i(p, "filters");
                int k = Params.i(p, "kernel");
                int s = Params.i(p, "stride");
                String padding = Params.s(p, "padding");
                long ho = out(h, k, s, padding);
                long wo = out(w, k, s, padding);
                if (t.family().equals("conv-output-size")) {
                    assertThat(e.expected("height").number().longValueExact()).isEqualTo(ho);
                    assertThat(e.expected("width").number().longValueExact()).isEqualTo(wo);
                    assertThat(e.expected("channels").number().longValueExact()).isEqualTo(f);
                } else {
                    assertThat(e.expected("mults").number().longValueExact()).isEqualTo(ho * wo * f * k * k * c);
                    if (p.containsKey("filters2")) {
                        int f2 = Params.i(p, "filters2");
                        long ho2 = out((int) ho, k, s, padding);
                        long wo2 = out((int) wo, k, s, padding);
                        long second = ho2 * wo2 * f2 * k * k * f;
                        assertThat(e.expected("layer2").number().longValueExact()).isEqualTo(second);
                        assertThat(e.expected("total").number().longValueExact()).isEqualTo(ho * wo * f * k * k * c + second);
                    }
                }
                // small enough to run: the runtime counts the same multiplications and makes the same shape
                if ((long) h * w * c * f * k * k <= 2_000_000) {
                    Ran run = ran.computeIfAbsent(List.of(h, w, c, f, k, s, padding), sizes -> {
                        Conv2DOp.Result result = Conv2DOp.apply(Tensor.zeros(h, w, c), Tensor.zeros(k, k, c, f),
                                new double[f], Size.square(s), padding.equals("same") ? Pad.SAME : Pad.VALID, false);
                        return new Ran(result.output().shape(), result.multiplications());
                    });
                    assertThat(run.shape()).containsExactly((int) ho, (int) wo, f);
                    if (t.family().equals("conv-multiplications")) {
                        assertThat(e.expected("mults").number().longValueExact()).isEqualTo(run.multiplications());
                    }
                    executed++;
                }
            }
        }
        assertThat(executed).as("variants also checked against the runtime").isGreaterThan(100);
        System.out.printf("conv variants checked against the runtime: %d, in %d distinct runs%n", executed, ran.size());
    }

    @Test
    void convParamsByTheFormulaAndByTheWeightsTheRuntimeAllocates() {
        for (Template t : bank.family("conv-params")) {
            for (long seed = 1; seed <= 2000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                int d = Params.i(e.params(), "depth");
                int k = Params.i(e.params(), "kernel");
                int f = Params.i(e.params(), "filters");
                long formula = ((long) k * k * d + 1) * f;
                long allocated = Conv2DOp.weightsAllocated(Tensor.zeros(k, k, d, f), new double[f]);
                assertThat(e.expected("params").number().longValueExact()).isEqualTo(formula).isEqualTo(allocated);
                if (e.params().containsKey("h2")) {
                    assertThat(e.expected("paramsOther").number().longValueExact()).isEqualTo(formula);
                }
            }
        }
    }

    @Test
    void memoryByTheCoursesRules() {
        for (Template t : bank.family("memory")) {
            for (long seed = 1; seed <= 2000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                int bytes = Params.i(p, "bytes");
                int batch = Params.i(p, "batch");
                long[] sizes = new long[4];
                int h = Params.i(p, "h");
                int w = Params.i(p, "w");
                int depth = Params.i(p, "c");
                sizes[0] = (long) h * w * depth;
                long params = 0;
                String[] filters = {"f1", "f2", "f3"};
                for (int i = 0; i < 3; i++) {
                    int f = Params.i(p, filters[i]);
                    params += (9L * depth + 1) * f;
                    h = (h + 1) / 2;
                    w = (w + 1) / 2;
                    depth = f;
                    sizes[i + 1] = (long) h * w * f;
                }
                long largestPair = 0;
                long all = 0;
                for (int i = 0; i < 4; i++) {
                    all += sizes[i];
                    if (i > 0) {
                        largestPair = Math.max(largestPair, sizes[i - 1] + sizes[i]);
                    }
                }
                long paramBytes = params * bytes;
                assertThat(e.expected("params").number().longValueExact()).isEqualTo(params);
                assertThat(e.expected("paramBytes").number().longValueExact()).isEqualTo(paramBytes);
                assertThat(e.expected("inference").number().longValueExact()).isEqualTo(largestPair * bytes + paramBytes);
                assertThat(e.expected("training").number().longValueExact())
                        .isEqualTo(batch * all * bytes + 2 * paramBytes);
            }
        }
    }

    /** IoU by counting unit pixels inside both boxes: no formula shared with the runtime. */
    @Test
    void iouByCountingPixels() {
        for (Template t : bank.family("iou")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                int both = 0;
                int either = 0;
                // every pixel of the image outside both boxes counts for neither: scan only around them
                int left = Math.min(Params.i(p, "ax"), Params.i(p, "bx"));
                int top = Math.min(Params.i(p, "ay"), Params.i(p, "by"));
                int right = Math.max(Params.i(p, "ax") + Params.i(p, "aw"), Params.i(p, "bx") + Params.i(p, "bw"));
                int bottom = Math.max(Params.i(p, "ay") + Params.i(p, "ah"), Params.i(p, "by") + Params.i(p, "bh"));
                for (int x = left; x < right; x++) {
                    for (int y = top; y < bottom; y++) {
                        boolean a = inside(p, "a", x, y);
                        boolean b = inside(p, "b", x, y);
                        both += a && b ? 1 : 0;
                        either += a || b ? 1 : 0;
                    }
                }
                assertThat(e.expected("intersection").number().intValueExact()).isEqualTo(both);
                assertThat(e.expected("union").number().intValueExact()).isEqualTo(either);
                assertThat(e.expected("iou").number().doubleValue()).isCloseTo((double) both / either,
                        org.assertj.core.api.Assertions.within(1e-12));
            }
        }
    }

    private static boolean inside(Map<String, Object> p, String box, int x, int y) {
        int x1 = Params.i(p, box + "x");
        int y1 = Params.i(p, box + "y");
        return x >= x1 && x < x1 + Params.i(p, box + "w") && y >= y1 && y < y1 + Params.i(p, box + "h");
    }

    @Test
    void bboxByTheCoursesDefinition() {
        for (Template t : bank.family("bbox")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                double imageW = Params.i(p, "imageW");
                double imageH = Params.i(p, "imageH");
                int x = Params.i(p, "x");
                int y = Params.i(p, "y");
                int w = Params.i(p, "w");
                int h = Params.i(p, "h");
                assertThat(e.expected("cx").number().doubleValue()).isEqualTo((x + w / 2.0) / imageW);
                assertThat(e.expected("cy").number().doubleValue()).isEqualTo((y + h / 2.0) / imageH);
                assertThat(e.expected("w").number().doubleValue()).isEqualTo(w / imageW);
                assertThat(e.expected("h").number().doubleValue()).isEqualTo(h / imageH);
                assertThat(e.expected("x2").number().intValueExact()).isEqualTo(x + w);
                assertThat(e.expected("y1").number().intValueExact()).isEqualTo(y);
            }
        }
    }

    /** NMS again, written the other way round: sort once by score, then keep what no kept box overlaps. */
    @Test
    void nmsBySortingOnce() {
        for (Template t : bank.family("nms")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                String[] rows = ((app.stride.exercise.Text) e.params().get("table")).en().split("\n");
                int n = rows.length;
                double[][] box = new double[n][4];
                double[] score = new double[n];
                for (int i = 0; i < n; i++) {
                    String[] numbers = rows[i].replaceAll("[^0-9.]+", " ").strip().split(" ");
                    for (int k = 0; k < 4; k++) {
                        box[i][k] = Double.parseDouble(numbers[k + 1]);
                    }
                    score[i] = Double.parseDouble(numbers[5]);
                }
                double threshold = Params.d(e.params(), "iouThreshold");
                double scoreThreshold = Params.d(e.params(), "scoreThreshold");
                java.util.List<Integer> order = new java.util.ArrayList<>();
                java.util.List<Integer> dropped = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) {
                    (score[i] < scoreThreshold ? dropped : order).add(i);
                }
                order.sort((a, b) -> Double.compare(score[b], score[a]));
                java.util.List<Integer> kept = new java.util.ArrayList<>();
                java.util.List<Integer> suppressed = new java.util.ArrayList<>();
                for (int i : order) {
                    boolean overlaps = false;
                    for (int k : kept) {
                        overlaps |= iou(box[i], box[k]) > threshold;
                    }
                    (overlaps ? suppressed : kept).add(i);
                }
                suppressed.sort(null);
                assertThat(e.expected("dropped").list()).isEqualTo(dropped);
                assertThat(e.expected("selected").list()).isEqualTo(kept);
                assertThat(e.expected("suppressed").list()).isEqualTo(suppressed);
                assertThat(e.expected("first").number().intValueExact()).isEqualTo(kept.get(0));
            }
        }
    }

    private static double iou(double[] a, double[] b) {
        double w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
        double h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
        double inter = w * h;
        return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter);
    }

    private static double[][] grid(String text) {
        String[] rows = text.strip().split("\n");
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = java.util.Arrays.stream(rows[i].strip().split(" ")).mapToDouble(Double::parseDouble).toArray();
        }
        return out;
    }

    /** Pooling worked out from the grid as the student sees it. */
    @Test
    void poolingFromThePrintedGrid() {
        for (Template t : bank.family("pooling")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                if (Params.s(p, "mode").equals("gap")) {
                    for (int c = 0; c < 2; c++) {
                        double[][] g = grid((String) p.get("input" + c));
                        double sum = java.util.Arrays.stream(g).flatMapToDouble(java.util.Arrays::stream).sum();
                        assertThat(e.expected("gap" + c).number().doubleValue())
                                .isCloseTo(sum / (g.length * g.length), org.assertj.core.api.Assertions.within(1e-12));
                    }
                    continue;
                }
                double[][] g = grid((String) p.get("input"));
                int n = g.length;
                int pool = Params.i(p, "pool");
                int stride = Params.i(p, "stride");
                boolean same = "same".equals(p.get("padding"));
                // TensorFlow's same padding: ceil(n / s) outputs, the missing positions split with the smaller half before
                int out = same ? (n + stride - 1) / stride : (n - pool) / stride + 1;
                int before = same ? Math.max((out - 1) * stride + pool - n, 0) / 2 : 0;
                assertThat(e.expected("size").number().intValueExact()).isEqualTo(out);
                for (String cell : java.util.List.of("A", "B")) {
                    int r0 = (Params.i(p, "row" + cell) - 1) * stride - before;
                    int c0 = (Params.i(p, "col" + cell) - 1) * stride - before;
                    double max = Double.NEGATIVE_INFINITY;
                    double sum = 0;
                    int count = 0;
                    for (int i = Math.max(0, r0); i < Math.min(n, r0 + pool); i++) {
                        for (int j = Math.max(0, c0); j < Math.min(n, c0 + pool); j++) {
                            max = Math.max(max, g[i][j]);
                            sum += g[i][j];
                            count++;
                        }
                    }
                    double want = Params.s(p, "mode").equals("max") ? max : sum / count;
                    assertThat(e.expected("cell" + cell).number().doubleValue())
                            .isCloseTo(want, org.assertj.core.api.Assertions.within(1e-12));
                }
                assertThat(e.expected("params").number().intValueExact()).isZero();
            }
        }
    }

    /** The dot products worked out from the printed input and filter. */
    @Test
    void convByHandFromThePrintedNumbers() {
        for (Template t : bank.family("conv-by-hand")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                int channels = Params.i(p, "channels");
                String[] inputs = ((String) p.get("input")).split("\\[\\d]\n?");
                String[] kernels = ((String) p.get("kernelText")).split("\\[\\d]\n?");
                java.util.List<double[][]> in = new java.util.ArrayList<>();
                java.util.List<double[][]> k = new java.util.ArrayList<>();
                for (String s : inputs) {
                    if (!s.isBlank()) {
                        in.add(grid(s));
                    }
                }
                for (String s : kernels) {
                    if (!s.isBlank()) {
                        k.add(grid(s));
                    }
                }
                assertThat(in).hasSize(channels);
                for (String cell : java.util.List.of("A", "B")) {
                    int r0 = Params.i(p, "row" + cell) - 1;
                    int c0 = Params.i(p, "col" + cell) - 1;
                    double sum = Params.i(p, "bias");
                    for (int c = 0; c < channels; c++) {
                        for (int i = 0; i < k.get(c).length; i++) {
                            for (int j = 0; j < k.get(c).length; j++) {
                                sum += in.get(c)[r0 + i][c0 + j] * k.get(c)[i][j];
                            }
                        }
                    }
                    assertThat(e.expected("cell" + cell).number().doubleValue()).isEqualTo(Math.max(0, sum));
                }
            }
        }
    }

    /** Batch norm by the textbook formulas, written out with plain arithmetic. */
    @Test
    void batchNormByTheFormulas() {
        for (Template t : bank.family("batchnorm")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                double[] x = {Params.d(p, "x1"), Params.d(p, "x2"), Params.d(p, "x3"), Params.d(p, "x4")};
                double mean = (x[0] + x[1] + x[2] + x[3]) / 4;
                double var = 0;
                for (double v : x) {
                    var += (v - mean) * (v - mean) / 4;
                }
                double eps = Params.d(p, "epsilon");
                double xi = x[Params.i(p, "pick") - 1];
                double xhat = (xi - mean) / Math.sqrt(var + eps);
                double m = Params.d(p, "momentum");
                double newMean = m * Params.d(p, "movingMean") + (1 - m) * mean;
                double newVar = m * Params.d(p, "movingVar") + (1 - m) * var;
                var close = org.assertj.core.api.Assertions.within(1e-9);
                assertThat(e.expected("mean").number().doubleValue()).isCloseTo(mean, close);
                assertThat(e.expected("std").number().doubleValue()).isCloseTo(Math.sqrt(var), close);
                assertThat(e.expected("xhat").number().doubleValue()).isCloseTo(xhat, close);
                assertThat(e.expected("y").number().doubleValue())
                        .isCloseTo(Params.d(p, "gamma") * xhat + Params.d(p, "beta"), close);
                assertThat(e.expected("newMean").number().doubleValue()).isCloseTo(newMean, close);
                assertThat(e.expected("newVar").number().doubleValue()).isCloseTo(newVar, close);
                assertThat(e.expected("xhatInfer").number().doubleValue())
                        .isCloseTo((Params.d(p, "xnew") - newMean) / Math.sqrt(newVar + eps), close);
                assertThat(e.expected("total").number().intValueExact()).isEqualTo(4 * Params.i(p, "channels"));
                assertThat(e.expected("trainable").number().intValueExact()).isEqualTo(2 * Params.i(p, "channels"));
            }
        }
    }

    /** The typical CNN, the residual block and the FCN by the course's parameter formula. */
    @Test
    void architectureResnetAndFcnByTheFormula() {
        for (Template t : bank.family("architecture")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                long c = Params.i(p, "c");
                long f1 = Params.i(p, "f1");
                long f2 = Params.i(p, "f2");
                long k = Params.i(p, "classes");
                long conv1 = (9 * c + 1) * f1;
                long conv2 = (9 * f1 + 1) * f1;
                long dense = (f2 + 1) * k;
                long total = conv1 + conv2 + (9 * f1 + 1) * f2 + (9 * f2 + 1) * f2 + dense;
                assertThat(e.expected("conv1Params").number().longValueExact()).isEqualTo(conv1);
                assertThat(e.expected("conv2Params").number().longValueExact()).isEqualTo(conv2);
                assertThat(e.expected("denseParams").number().longValueExact()).isEqualTo(dense);
                assertThat(e.expected("totalParams").number().longValueExact()).isEqualTo(total);
                assertThat(e.expected("gapLength").number().longValueExact()).isEqualTo(f2);
                assertThat(e.expected("pool1Size").number().longValueExact()).isEqualTo(Params.i(p, "s") / 2);
            }
        }
        for (Template t : bank.family("resnet")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                long c = Params.i(p, "c");
                long f = Params.i(p, "f");
                int s = Params.i(p, "stride");
                boolean projection = s != 1 || c != f;
                assertThat(e.expected("outH").number().longValueExact()).isEqualTo((Params.i(p, "h") + s - 1) / s);
                assertThat(e.expected("outC").number().longValueExact()).isEqualTo(f);
                assertThat(e.expected("skipParams").number().longValueExact()).isEqualTo(projection ? (c + 1) * f : 0);
                assertThat(e.expected("mainParams").number().longValueExact())
                        .isEqualTo((9 * c + 1) * f + (9 * f + 1) * f);
            }
        }
        for (Template t : bank.family("fcn")) {
            for (long seed = 1; seed <= 1000; seed++) {
                Exercise e = bank.generate(t.id(), seed);
                Map<String, Object> p = e.params();
                long params = (49L * Params.i(p, "d") + 1) * Params.i(p, "units");
                assertThat(e.expected("denseParams").number().longValueExact()).isEqualTo(params);
                assertThat(e.expected("convParams").number().longValueExact()).isEqualTo(params);
                assertThat(e.expected("outSize").number().longValueExact()).isEqualTo(Params.i(p, "m") - 6);
            }
        }
    }
}
