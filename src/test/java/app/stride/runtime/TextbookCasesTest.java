package app.stride.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cases worked out by hand (or printed in textbooks); the expected numbers are written out here. */
class TextbookCasesTest {

    private static double[][] rows(Tensor t) {
        double[][] out = new double[t.dim(0)][t.dim(1)];
        for (int i = 0; i < t.dim(0); i++) {
            for (int j = 0; j < t.dim(1); j++) {
                out[i][j] = t.get(i, j, 0);
            }
        }
        return out;
    }

    private static Tensor kernel(double[][] k) {
        double[][][][] w = new double[k.length][k[0].length][1][1];
        for (int i = 0; i < k.length; i++) {
            for (int j = 0; j < k[0].length; j++) {
                w[i][j][0][0] = k[i][j];
            }
        }
        return Tensor.of(w);
    }

    @Test
    void theClassicFiveByFiveConvolution() {
        Tensor image = Tensor.grid(new double[][] {
                {1, 1, 1, 0, 0}, {0, 1, 1, 1, 0}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}, {0, 1, 1, 0, 0}});
        Tensor k = kernel(new double[][] {{1, 0, 1}, {0, 1, 0}, {1, 0, 1}});
        Conv2DOp.Result r = Conv2DOp.apply(image, k, null, Size.square(1), Pad.VALID, true);
        assertThat(rows(r.output())).isEqualTo(new double[][] {{4, 3, 4}, {2, 4, 3}, {2, 3, 4}});
        assertThat(r.multiplications()).isEqualTo(9 * 9);
        Conv2DOp.CellTrace first = r.trace().get(0);
        assertThat(first.products()).hasSize(9);
        assertThat(first.products().stream().mapToDouble(Conv2DOp.Product::value).sum()).isEqualTo(4);
    }

    @Test
    void biasIsAddedOncePerOutputValue() {
        Tensor image = Tensor.grid(new double[][] {{1, 2}, {3, 4}});
        Tensor k = kernel(new double[][] {{1, 1}, {1, 1}});
        Conv2DOp.Result r = Conv2DOp.apply(image, k, new double[] {-3}, Size.square(1), Pad.VALID, false);
        assertThat(r.output().get(0, 0, 0)).isEqualTo(7);
    }

    @Test
    void samePaddingPutsTheSmallerHalfBefore() {
        Tensor ones = Tensor.grid(new double[][] {{1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}, {1, 1, 1, 1}});
        // 2×2 kernel, stride 1: one zero row/column, after (below/right), none before
        Conv2DOp.Result r = Conv2DOp.apply(ones, kernel(new double[][] {{1, 1}, {1, 1}}), null, Size.square(1),
                Pad.SAME, false);
        assertThat(rows(r.output())).isEqualTo(new double[][] {{4, 4, 4, 2}, {4, 4, 4, 2}, {4, 4, 4, 2}, {2, 2, 2, 1}});
        // 3×3 kernel, stride 2 on 4×4: output 2×2, total padding 1, again after
        Conv2DOp.Result s = Conv2DOp.apply(ones, kernel(new double[][] {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}}), null,
                Size.square(2), Pad.SAME, false);
        assertThat(rows(s.output())).isEqualTo(new double[][] {{9, 6}, {6, 4}});
    }

    @Test
    void theCoursesMaxPoolingPicture() {
        Tensor image = Tensor.grid(new double[][] {{1, 1, 2, 4}, {5, 6, 7, 8}, {3, 2, 1, 0}, {1, 2, 3, 4}});
        PoolOp.Result r = PoolOp.apply(image, PoolOp.Mode.MAX, Size.square(2), Size.square(2), Pad.VALID, true);
        assertThat(rows(r.output())).isEqualTo(new double[][] {{6, 8}, {3, 4}});
        assertThat(r.trace().get(0).values()).containsExactly(1.0, 1.0, 5.0, 6.0);
    }

    @Test
    void averagePoolingWithSamePaddingAveragesRealValuesOnly() {
        Tensor image = Tensor.grid(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        PoolOp.Result r = PoolOp.apply(image, PoolOp.Mode.AVG, Size.square(2), Size.square(2), Pad.SAME, false);
        assertThat(rows(r.output())).isEqualTo(new double[][] {{3, 4.5}, {7.5, 9}});
        PoolOp.Result m = PoolOp.apply(image, PoolOp.Mode.MAX, Size.square(3), Size.square(1), Pad.SAME, false);
        assertThat(rows(m.output())).isEqualTo(new double[][] {{5, 6, 6}, {8, 9, 9}, {8, 9, 9}});
    }

    @Test
    void globalAveragePoolingTakesEachChannelsMean() {
        Tensor image = Tensor.of(new double[][][] {{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}});
        PoolOp.GlobalResult r = PoolOp.globalAverage(image);
        assertThat(r.output()).containsExactly(4, 5);
        assertThat(r.sums()).containsExactly(16, 20);
    }

    @Test
    void batchNormInTrainingUsesThePopulationStatisticsAndMovesTheAverages() {
        double[][] x = {{1, 2}, {3, 6}};
        BatchNormOp.Result r = BatchNormOp.apply(x, new double[] {1, 2}, new double[] {0, 1}, 0.001, 0.99,
                new double[] {0, 0}, new double[] {1, 1}, true);
        assertThat(r.mean()).containsExactly(2, 4);
        assertThat(r.variance()).containsExactly(1, 4);
        assertThat(r.normalized()[0][0]).isCloseTo(-1 / Math.sqrt(1.001), within(1e-12));
        assertThat(r.output()[1][1]).isCloseTo(2 * 2 / Math.sqrt(4.001) + 1, within(1e-12));
        assertThat(r.newMovingMean()[0]).isCloseTo(0.02, within(1e-12));
        assertThat(r.newMovingMean()[1]).isCloseTo(0.04, within(1e-12));
        assertThat(r.newMovingVariance()[0]).isCloseTo(1.0, within(1e-12));
        assertThat(r.newMovingVariance()[1]).isCloseTo(1.03, within(1e-12));
        assertThat(r.trace()[1].sum()).isEqualTo(8);
        assertThat(r.trace()[1].squaredDeviations()).isEqualTo(8);
    }

    @Test
    void batchNormAtInferenceUsesTheMovingStatisticsAndKeepsThem() {
        double[][] x = {{1, 2}, {3, 6}};
        BatchNormOp.Result r = BatchNormOp.apply(x, new double[] {1, 1}, new double[] {0, 0}, 0.0, 0.99,
                new double[] {1, 2}, new double[] {4, 16}, false);
        assertThat(r.normalized()[1]).containsExactly((3 - 1) / 2.0, (6 - 2) / 4.0);
        assertThat(r.newMovingMean()).containsExactly(1, 2);
        assertThat(r.newMovingVariance()).containsExactly(4, 16);
    }

    @Test
    void iouOfOverlappingTouchingAndSeparateBoxes() {
        Box a = new Box(0, 0, 2, 2);
        Box b = new Box(1, 1, 3, 3);
        IoU iou = IoU.of(a, b);
        assertThat(iou.overlapWidth()).isEqualTo(1);
        assertThat(iou.overlapHeight()).isEqualTo(1);
        assertThat(iou.intersection()).isEqualTo(1);
        assertThat(iou.union()).isEqualTo(7);
        IoU wide = IoU.of(new Box(0, 0, 6, 4), new Box(2, 1, 9, 3));
        assertThat(wide.overlapWidth()).as("x from 2 to 6").isEqualTo(4);
        assertThat(wide.overlapHeight()).as("y from 1 to 3").isEqualTo(2);
        assertThat(IoU.of(a, new Box(5, 5, 6, 6)).overlapWidth()).as("apart: no overlap, not a negative side").isZero();
        assertThat(iou.value()).isEqualTo(1.0 / 7);
        assertThat(IoU.of(Box.centre(1, 1, 2, 2), Box.centre(2, 2, 2, 2)).value()).isEqualTo(1.0 / 7);
        assertThat(IoU.of(a, new Box(2, 0, 4, 2)).value()).isZero();
        assertThat(IoU.of(a, new Box(5, 5, 6, 6)).value()).isZero();
        assertThat(IoU.of(a, a).value()).isEqualTo(1);
    }

    @Test
    void nmsDropsLowScoresSelectsTheBestAndSuppressesOverlaps() {
        List<Box> boxes = List.of(new Box(0, 0, 10, 10), new Box(1, 1, 11, 11), new Box(20, 20, 30, 30),
                new Box(21, 21, 31, 31));
        double[] scores = {0.9, 0.8, 0.7, 0.3};
        Nms.Result r = Nms.run(boxes, scores, 0.5, 0.4, Integer.MAX_VALUE);
        assertThat(r.droppedByScore()).containsExactly(3);
        assertThat(r.selected()).containsExactly(0, 2);
        assertThat(r.steps()).hasSize(2);
        assertThat(r.steps().get(0).suppressed()).extracting(Nms.Suppressed::index).containsExactly(1);
        assertThat(r.steps().get(0).suppressed().get(0).iou()).isCloseTo(81.0 / 119, within(1e-12));
        assertThat(r.steps().get(1).suppressed()).isEmpty();

        // without the score threshold box 3 survives: its IoU with box 2 is 81/119 as well, and it is suppressed
        Nms.Result all = Nms.run(boxes, scores, 0.5, 0, Integer.MAX_VALUE);
        assertThat(all.selected()).containsExactly(0, 2);
        assertThat(all.steps().get(1).suppressed()).extracting(Nms.Suppressed::index).containsExactly(3);

        Nms.Result one = Nms.run(boxes, scores, 0.5, 0.4, 1);
        assertThat(one.selected()).containsExactly(0);
        assertThat(one.steps().get(0).suppressed()).extracting(Nms.Suppressed::index).containsExactly(1);
    }

    @Test
    void mismatchedChannelsAndBiasAreRefusedByName() {
        Tensor rgb = Tensor.zeros(4, 4, 3);
        assertThatThrownBy(() -> Conv2DOp.apply(rgb, Tensor.zeros(3, 3, 1, 2), null, Size.square(1), Pad.VALID, false))
                .isInstanceOfSatisfying(RuntimeInputException.class, e -> assertThat(e.field()).isEqualTo("kernel"));
        assertThatThrownBy(() -> Conv2DOp.apply(rgb, Tensor.zeros(3, 3, 3, 2), new double[1], Size.square(1),
                Pad.VALID, false))
                .isInstanceOfSatisfying(RuntimeInputException.class, e -> assertThat(e.field()).isEqualTo("bias"));
        assertThatThrownBy(() -> Conv2DOp.apply(rgb, Tensor.zeros(5, 5, 3, 1), null, Size.square(1), Pad.VALID, false))
                .isInstanceOfSatisfying(RuntimeInputException.class, e -> assertThat(e.field()).isEqualTo("window"));
    }
}
