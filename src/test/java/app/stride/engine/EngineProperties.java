package app.stride.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of the formulas, each checked against an independent count. */
class EngineProperties {

    @Property(tries = 2000)
    void parametersDoNotDependOnTheImageSize(@ForAll @IntRange(min = 7, max = 400) int h1,
                                             @ForAll @IntRange(min = 7, max = 400) int h2,
                                             @ForAll @IntRange(min = 1, max = 7) int kernel,
                                             @ForAll @IntRange(min = 1, max = 64) int depth,
                                             @ForAll @IntRange(min = 1, max = 256) int filters,
                                             @ForAll boolean same) {
        Padding padding = same ? Padding.SAME : Padding.VALID;
        long a = conv(Shape.of(h1, h1, depth), filters, kernel, 1, padding).params();
        long b = conv(Shape.of(h2, h2 + 3, depth), filters, kernel, 2, padding).params();
        assertThat(a).isEqualTo(b).isEqualTo(((long) kernel * kernel * depth + 1) * filters);
    }

    @Property(tries = 2000)
    void samePaddingWithStrideOneKeepsHeightAndWidth(@ForAll @IntRange(min = 1, max = 500) int h,
                                                     @ForAll @IntRange(min = 1, max = 500) int w,
                                                     @ForAll @IntRange(min = 1, max = 11) int kernel) {
        Shape out = conv(Shape.of(h, w, 3), 8, kernel, 1, Padding.SAME).output();
        assertThat(out).isEqualTo(Shape.of(h, w, 8));
    }

    @Property(tries = 3000)
    void outputLengthEqualsTheWindowPositionsCountedOneByOne(@ForAll @IntRange(min = 1, max = 300) int n,
                                                           @ForAll @IntRange(min = 1, max = 9) int k,
                                                           @ForAll @IntRange(min = 1, max = 5) int s,
                                                           @ForAll boolean same) {
        Padding padding = same ? Padding.SAME : Padding.VALID;
        Assume.that(same || k <= n);
        int padded = n + ShapeMath.totalPadding(n, k, s, padding);
        int positions = 0;
        for (int start = 0; start + k <= padded; start += s) {
            positions++;
        }
        assertThat(ShapeMath.outputLength(n, k, s, padding)).isEqualTo(positions);
        if (same) {
            // TensorFlow pads as little as needed: the last window still covers a real value
            assertThat(ShapeMath.padBefore(n, k, s, padding)).isLessThan(k);
        }
    }

    @Property(tries = 2000)
    void multiplicationsAreOutputElementsTimesKernelVolume(@ForAll @IntRange(min = 8, max = 200) int h,
                                                           @ForAll @IntRange(min = 1, max = 5) int kernel,
                                                           @ForAll @IntRange(min = 1, max = 4) int stride,
                                                           @ForAll @IntRange(min = 1, max = 32) int depth,
                                                           @ForAll @IntRange(min = 1, max = 64) int filters,
                                                           @ForAll boolean same) {
        LayerFigures f = conv(Shape.of(h, h + 1, depth), filters, kernel, stride, same ? Padding.SAME : Padding.VALID);
        assertThat(f.multiplications()).isEqualTo(f.output().elements() * kernel * kernel * depth);
    }

    @Property(tries = 500)
    void aPlainStacksPeakIsItsLargestConsecutivePairPlusParameters(
            @ForAll @IntRange(min = 16, max = 128) int size, @ForAll @IntRange(min = 1, max = 6) int depth,
            @ForAll @IntRange(min = 1, max = 4) int bytes) {
        List<Layer> layers = new java.util.ArrayList<>();
        for (int i = 0; i < depth; i++) {
            layers.add(Conv2D.of(4 + 7 * i, 3, 1 + i % 2, Padding.SAME));
        }
        ModelSummary s = new Model(Shape.of(size, size, 3), layers).summarize(bytes, 1);
        long previous = s.inputBytes();
        long largestPair = 0;
        for (LayerSummary row : s.layers()) {
            largestPair = Math.max(largestPair, previous + row.outputBytes());
            previous = row.outputBytes();
        }
        assertThat(s.inferencePeakBytes()).isEqualTo(largestPair + s.paramBytes());
    }

    private static LayerFigures conv(Shape in, int filters, int kernel, int stride, Padding padding) {
        return Conv2D.of(filters, kernel, stride, padding).figures(List.of(in));
    }
}
