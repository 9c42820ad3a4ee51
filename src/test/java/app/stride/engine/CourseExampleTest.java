package app.stride.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The course notes' worked example; every expected figure is the notes' own. */
class CourseExampleTest {

    private final ModelSummary summary = Presets.COURSE_EXAMPLE.model().summarize(4, 50);

    @Test
    void shapesAndParametersAreTheNotes() {
        assertThat(summary.layers()).extracting(LayerSummary::outputShape)
                .containsExactly(Shape.of(100, 150, 100), Shape.of(50, 75, 200), Shape.of(25, 38, 400));
        assertThat(summary.layers()).extracting(LayerSummary::params).containsExactly(2_800L, 180_200L, 720_400L);
        assertThat(summary.totalParams()).isEqualTo(903_400);
        assertThat(summary.trainableParams()).isEqualTo(903_400);
        assertThat(summary.nonTrainableParams()).isZero();
    }

    @Test
    void memoryIsTheNotes() {
        assertThat(summary.inputBytes()).isEqualTo(720_000);
        assertThat(summary.layers()).extracting(LayerSummary::outputBytes)
                .containsExactly(6_000_000L, 3_000_000L, 1_520_000L);
        assertThat(summary.paramBytes()).isEqualTo(3_613_600);
        // "het max dat je tegelijkertijd zal nodig hebben is 12.6 MB": 6 MB + 3 MB + 3.6 MB
        assertThat(summary.inferencePeakBytes()).isEqualTo(12_613_600);
        assertThat(summary.peakTensors()).containsExactly("conv2d_1", "conv2d_2");
    }

    @Test
    void trainingKeepsEveryOutputPerInstance() {
        TrainingMemory t = summary.training();
        assertThat(t.activationBytesPerInstance()).isEqualTo(6_000_000 + 3_000_000 + 1_520_000);
        assertThat(t.inputBytesPerInstance()).isEqualTo(720_000);
        // about 11 MB per image, times 50, plus 3.6 MB parameters and 3.6 MB gradients: about 560 MB
        assertThat(t.batchActivationBytes()).isEqualTo(50L * 11_240_000);
        assertThat(t.gradientBytes()).isEqualTo(3_613_600);
        assertThat(t.totalBytes()).isEqualTo(562_000_000L + 2 * 3_613_600);
    }

    @Test
    void multiplicationsAreOutputsTimesKernelVolume() {
        assertThat(summary.layers().get(0).multiplications()).isEqualTo(100L * 150 * 100 * 3 * 3 * 3);
        assertThat(summary.layers().get(1).multiplications()).isEqualTo(50L * 75 * 200 * 3 * 3 * 100);
        assertThat(summary.layers().get(2).multiplications()).isEqualTo(25L * 38 * 400 * 3 * 3 * 200);
    }

    @Test
    void derivationsShowTheArithmetic() {
        char g = Numbers.GROUP;
        LayerSummary first = summary.layers().get(0);
        assertThat(first.derivations()).extracting(Derivation::formula)
                .contains("(3·3·3 + 1)·100 = 2" + g + "800", "H = ⌈200 / 2⌉ = 100, W = ⌈300 / 2⌉ = 150, C = 100");
        assertThat(summary.layers().get(2).step(Step.SHAPE).formula()).contains("⌈75 / 2⌉ = 38");
        Derivation params = first.step(Step.PARAMS);
        // in words for a reader, the numbers in the reader's format
        assertThat(DerivationText.render(params, Locale.ENGLISH))
                .isEqualTo("Each of the 100 filters has 3×3×3 weights and one bias: (3·3·3 + 1)·100 = 2,800");
        assertThat(DerivationText.render(params, Locale.forLanguageTag("nl")))
                .isEqualTo("Elk van de 100 filters heeft 3×3×3 gewichten en één bias: (3·3·3 + 1)·100 = 2.800");
        assertThat(summary.step(Step.INFERENCE_PEAK).formula())
                .isEqualTo("6" + g + "000" + g + "000 + 3" + g + "000" + g + "000 + 3" + g + "613" + g + "600 = 12"
                        + g + "613" + g + "600 B");
    }
}
