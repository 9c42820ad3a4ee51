package app.stride.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each op says before any work what it would refuse, by the same check its run makes, and names
 * the field: the API answers with these checks and has none of its own.
 */
class RuntimeChecksTest {

    private static void refused(Runnable op, String field, String message) {
        assertThatThrownBy(op::run).isInstanceOfSatisfying(RuntimeInputException.class,
                e -> assertThat(e.field()).isEqualTo(field)).hasMessage(message);
    }

    @Test
    void convolutionGivesItsOutputShapeAndRefusesWhatItCannotRun() {
        Tensor rgb = Tensor.zeros(5, 7, 3);
        // 5×7 with a 3×3 kernel, stride 2: ⌊(5 − 3) / 2⌋ + 1 = 2 rows, ⌊(7 − 3) / 2⌋ + 1 = 3 columns
        assertThat(Conv2DOp.outputShape(rgb, Tensor.zeros(3, 3, 3, 4), null, Size.square(2), Pad.VALID))
                .containsExactly(2, 3, 4);
        // same padding: ⌈5 / 2⌉ = 3, ⌈7 / 2⌉ = 4
        assertThat(Conv2DOp.outputShape(rgb, Tensor.zeros(3, 3, 3, 4), new double[4], Size.square(2), Pad.SAME))
                .containsExactly(3, 4, 4);
        for (boolean run : new boolean[] {false, true}) {
            refused(() -> conv(run, rgb, Tensor.zeros(3, 3, 1, 2), null), "kernel",
                    "the kernel has 1 input channels but the input has 3; they must match");
            refused(() -> conv(run, rgb, Tensor.zeros(3, 3, 3, 2), new double[1]), "bias",
                    "the bias has 1 values but the kernel has 2 filters; give one bias per filter");
            refused(() -> conv(run, rgb, Tensor.zeros(6, 1, 3, 1), null), "window",
                    "the window 6×1 is larger than the 5×7 input with valid padding");
        }
    }

    private static void conv(boolean run, Tensor input, Tensor kernel, double[] bias) {
        if (run) {
            Conv2DOp.apply(input, kernel, bias, Size.square(1), Pad.VALID, false);
        } else {
            Conv2DOp.outputShape(input, kernel, bias, Size.square(1), Pad.VALID);
        }
    }

    @Test
    void poolingGivesItsOutputShapeAndRefusesAWindowLargerThanItsInput() {
        Tensor image = Tensor.zeros(4, 6, 2);
        assertThat(PoolOp.outputShape(image, Size.square(2), Size.square(2), Pad.VALID)).containsExactly(2, 3, 2);
        refused(() -> PoolOp.outputShape(image, Size.square(5), Size.square(5), Pad.VALID), "window",
                "the window 5×5 is larger than the 4×6 input with valid padding");
        refused(() -> PoolOp.apply(image, PoolOp.Mode.MAX, Size.square(5), Size.square(5), Pad.VALID, false), "window",
                "the window 5×5 is larger than the 4×6 input with valid padding");
    }

    @Test
    void batchNormRefusesAVectorOfTheWrongLengthAndANegativeVariance() {
        double[][] x = {{1, 2}, {3, 4}};
        double[] two = {1, 1};
        refused(() -> BatchNormOp.check(x, new double[1], two, two, two), "gamma",
                "the field gamma has 1 values but x has 2 features; give one per feature");
        refused(() -> BatchNormOp.check(x, two, two, two, new double[] {1, -0.5}), "movingVariance[1]",
                "a variance cannot be negative; movingVariance[1] is -0.5");
        refused(() -> BatchNormOp.apply(x, two, two, 0.001, 0.99, two, new double[] {-1, 1}, false),
                "movingVariance[0]", "a variance cannot be negative; movingVariance[0] is -1.0");
    }

    @Test
    void aBoxNamesTheSideThatIsWrong() {
        refused(() -> Box.centre(0, 0, -1, 1), "w", "a box cannot have a negative width or height");
        refused(() -> Box.centre(0, 0, 1, -1), "h", "a box cannot have a negative width or height");
        refused(() -> new Box(2, 0, 1, 1), "x2", "a box needs x2 ≥ x1 and y2 ≥ y1");
        refused(() -> new Box(0, 2, 1, 1), "y2", "a box needs x2 ≥ x1 and y2 ≥ y1");
        refused(() -> new Box(0, 0, Double.POSITIVE_INFINITY, 1), "box",
                "a box's corners must be finite numbers; this one reaches past 1.8·10^308");
    }

    @Test
    void nmsWantsOneScorePerBox() {
        List<Box> one = List.of(Box.centre(1, 1, 1, 1));
        refused(() -> Nms.check(one, new double[] {0.5, 0.4}), "scores",
                "there are 2 scores for 1 boxes; give one score per box");
        refused(() -> Nms.run(one, new double[0], 0.5, 0, 1), "scores",
                "there are 0 scores for 1 boxes; give one score per box");
    }
}
