package app.stride.bank;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.exercise.Exercise;
import app.stride.exercise.Params;
import app.stride.exercise.Template;
import app.stride.runtime.Conv2DOp;
import app.stride.runtime.Pad;
import app.stride.runtime.Size;
import app.stride.runtime.Tensor;
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

    @Test
    void convOutputSizeAndMultiplicationsByTheFormulasAndByTheRuntime() {
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
                    Conv2DOp.Result run = Conv2DOp.apply(Tensor.zeros(h, w, c), Tensor.zeros(k, k, c, f), new double[f],
                            Size.square(s), padding.equals("same") ? Pad.SAME : Pad.VALID, false);
                    assertThat(run.output().shape()).containsExactly((int) ho, (int) wo, f);
                    if (t.family().equals("conv-multiplications")) {
                        assertThat(e.expected("mults").number().longValueExact()).isEqualTo(run.multiplications());
                    }
                    executed++;
                }
            }
        }
        assertThat(executed).as("variants also executed in the runtime").isGreaterThan(100);
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
}
