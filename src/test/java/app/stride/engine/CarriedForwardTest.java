package app.stride.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.stride.runtime.BatchNormOp;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a student's own wrong earlier figure carries forward to is the core's computation with
 * that figure put in, not a formula of the exercise's own. Figures worked out by hand.
 */
class CarriedForwardTest {

    /** 4×4×1 → conv 2 filters 3×3 (20 params) → batch norm (8 params, 4 of them not trainable). */
    private final ModelSummary summary = new Model(Shape.of(4, 4, 1), List.of(
            new Conv2D(null, null, 2, Window.square(3), Window.square(1), Padding.VALID, true, null),
            new BatchNorm(null, null))).summarize(4, 1);

    @Test
    void theTrainingTotalKeepsTheNonTrainableParametersWithoutAGradient() {
        // 1·(2·2·2·4 + 2·2·2·4 + 4·4·1·4) = 128 B of batch, 28·4 = 112 B of parameters, 24·4 = 96 B of gradients
        assertThat(summary.training().totalBytes()).isEqualTo(336);
        // a student's 100 B of parameters: 128 + 100 + (100 − 16)
        assertThat(summary.training().totalGiven(new BigDecimal("100"))).isEqualByComparingTo("312");
        assertThat(summary.training().totalGiven(BigDecimal.valueOf(112))).isEqualByComparingTo("336");
    }

    @Test
    void theInferencePeakTakesTheStudentsParameterBytes() {
        // the conv layer's input and output are live together: 64 + 32 B, plus 112 B of parameters
        assertThat(summary.inferencePeakBytes()).isEqualTo(208);
        assertThat(summary.inferencePeakGiven(new BigDecimal("100"))).isEqualByComparingTo("196");
        assertThat(summary.paramBytesOf(new BigDecimal("30"))).isEqualByComparingTo("120");
    }

    @Test
    void oneValueIsNormalizedAsTheOpNormalizesIt() {
        double[][] batch = {{1}, {3}, {5}, {7}};
        BatchNormOp.Result run = BatchNormOp.apply(batch, new double[] {2}, new double[] {0.5}, 0.001, 0.99,
                new double[] {0}, new double[] {1}, true);
        // mean 4, variance (9 + 1 + 1 + 9) / 4 = 5
        assertThat(BatchNormOp.normalize(7, 4, 5, 0.001)).isEqualTo(run.normalized()[3][0]);
        assertThat(BatchNormOp.normalize(7, 4, 5, 0.001)).isCloseTo(3 / Math.sqrt(5.001), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(BatchNormOp.scale(run.normalized()[3][0], 2, 0.5)).isEqualTo(run.output()[3][0]);
    }
}
