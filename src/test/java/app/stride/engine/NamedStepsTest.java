package app.stride.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every layer kind's derivations are found by name, and each arrives at the figure of its
 * summary row. The expected figures are Keras' for this model (model.summary() of the same
 * layers), worked out by hand in the comments, never read from the engine.
 */
class NamedStepsTest {

    private static final char G = Numbers.GROUP;

    /** One layer of every kind over a 32×32×3 input, with a residual join and a side branch. */
    private static final Model MODEL = new Model(Shape.of(32, 32, 3), List.of(
            new Conv2D(null, null, 16, Window.square(3), null, Padding.SAME, true, Activation.RELU),
            new BatchNorm(null, null),
            new ActivationLayer(null, null, Activation.RELU),
            MaxPool2D.of(2),
            new Conv2D(null, null, 16, Window.square(3), null, Padding.SAME, true, null),
            new Add(null, List.of("maxpool2d_1", "conv2d_2")),
            AvgPool2D.of(2),
            new Dropout(null, null, 0.25),
            new GlobalAvgPool2D("side", null),
            new Flatten(null, "dropout_1"),
            Dense.of(10)));

    /** A row of Keras' summary: shape, parameters, and the multiplications where the layer multiplies. */
    private record Row(String type, Shape shape, long params, Long multiplications, String shapeFormula) {
    }

    private static final List<Row> KERAS = List.of(
            // (3·3·3 + 1)·16 = 448; 32·32·16 outputs of 27 products
            new Row("conv2d", Shape.of(32, 32, 16), 448, 32L * 32 * 16 * 27, "H = 32, W = 32, C = 16"),
            // γ, β, moving mean and variance per channel: 4·16
            new Row("batchnorm", Shape.of(32, 32, 16), 64, null, "[32, 32, 16]"),
            new Row("activation", Shape.of(32, 32, 16), 0, null, "[32, 32, 16]"),
            new Row("maxpool2d", Shape.of(16, 16, 16), 0, null,
                    "H = ⌊(32 − 2) / 2⌋ + 1 = 16, W = ⌊(32 − 2) / 2⌋ + 1 = 16, C = 16"),
            // (3·3·16 + 1)·16 = 2 320; 16·16·16 outputs of 144 products
            new Row("conv2d", Shape.of(16, 16, 16), 2_320, 16L * 16 * 16 * 144, "H = 16, W = 16, C = 16"),
            new Row("add", Shape.of(16, 16, 16), 0, null, "maxpool2d_1 + conv2d_2 → [16, 16, 16]"),
            new Row("avgpool2d", Shape.of(8, 8, 16), 0, null,
                    "H = ⌊(16 − 2) / 2⌋ + 1 = 8, W = ⌊(16 − 2) / 2⌋ + 1 = 8, C = 16"),
            new Row("dropout", Shape.of(8, 8, 16), 0, null, "[8, 8, 16]"),
            new Row("globalavgpool2d", Shape.of(16), 0, null, "[8, 8, 16] → [16]"),
            new Row("flatten", Shape.of(1024), 0, null, "8·8·16 = 1" + G + "024"),
            // (1024 + 1)·10 = 10 250; 1024·10 products
            new Row("dense", Shape.of(10), 10_250, 10_240L, "[1024] → [10]"));

    private final ModelSummary summary = MODEL.summarize(4, 8);

    @Test
    void everyLayerKindIsInThisModel() {
        Set<String> kinds = new TreeSet<>();
        KERAS.forEach(row -> kinds.add(row.type()));
        assertThat(kinds).isEqualTo(new TreeSet<>(LayerKinds.types()));
    }

    @Test
    void everyLayersNamedStepsArriveAtItsFigures() {
        List<LayerSummary> rows = summary.layers();
        assertThat(rows).extracting(LayerSummary::type).containsExactlyElementsOf(KERAS.stream().map(Row::type).toList());
        for (int i = 0; i < rows.size(); i++) {
            LayerSummary row = rows.get(i);
            Row keras = KERAS.get(i);
            String as = row.name();
            assertThat(row.step(Step.SHAPE).shape()).as(as).isEqualTo(keras.shape()).isEqualTo(row.outputShape());
            assertThat(row.step(Step.SHAPE).formula()).as(as).endsWith(keras.shapeFormula());
            assertThat(row.step(Step.PARAMS).count()).as(as).isEqualTo(keras.params()).isEqualTo(row.params());
            assertThat(row.step(Step.PARAMS).formula()).as(as).endsWith(keras.params() == 0 ? "0"
                    : "= " + Numbers.grouped(keras.params()) + (row.type().equals("batchnorm") ? " (2·16 = 32 + 2·16 = 32)" : ""));
            if (keras.multiplications() == null) {
                assertThatThrownBy(() -> row.step(Step.MULTIPLICATIONS)).as(as)
                        .isInstanceOf(NoSuchElementException.class)
                        .hasMessageContaining(row.name()).hasMessageContaining("no MULTIPLICATIONS step");
                assertThat(row.multiplications()).as(as).isZero();
            } else {
                assertThat(row.step(Step.MULTIPLICATIONS).count()).as(as).isEqualTo(keras.multiplications())
                        .isEqualTo(row.multiplications());
            }
            long bytes = keras.shape().elements() * 4;
            assertThat(row.step(Step.OUTPUT_BYTES).count()).as(as).isEqualTo(bytes).isEqualTo(row.outputBytes());
        }
    }

    @Test
    void theModelsStepsArriveAtItsTotalsAndMemory() {
        // 448 + 64 + 2 320 + 10 250; Keras: 13 082 total, 32 non-trainable (the moving statistics)
        assertThat(summary.step(Step.TOTAL_PARAMS).count()).isEqualTo(13_082).isEqualTo(summary.totalParams());
        assertThat(summary.nonTrainableParams()).isEqualTo(32);
        assertThat(summary.step(Step.TOTAL_PARAMS).formula())
                .isEqualTo("448 + 64 + 2" + G + "320 + 10" + G + "250 = 13" + G + "082");
        assertThat(summary.step(Step.PARAM_BYTES).count()).isEqualTo(4 * 13_082).isEqualTo(summary.paramBytes());
        assertThat(summary.step(Step.INFERENCE_PEAK).count()).isEqualTo(summary.inferencePeakBytes());
        // the conv's output, read by batch norm, is alive with batch norm's: 2 · 32·32·16 · 4 B, plus the parameters
        assertThat(summary.inferencePeakBytes()).isEqualTo(2L * 32 * 32 * 16 * 4 + 4 * 13_082);
        assertThat(summary.step(Step.TRAINING).count()).isEqualTo(summary.training().totalBytes());
        assertThatThrownBy(() -> summary.step(Step.SHAPE)).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("the model has no SHAPE step");
    }

    @Test
    void everyStepOfARowIsNamedOnceAndOnlyLayerStepsAreInARow() {
        for (LayerSummary row : summary.layers()) {
            List<Step> steps = new ArrayList<>();
            row.derivations().forEach(d -> steps.add(d.step().orElseThrow()));
            assertThat(steps).as(row.name()).doesNotHaveDuplicates()
                    .contains(Step.SHAPE, Step.PARAMS, Step.OUTPUT_BYTES)
                    .doesNotContain(Step.TOTAL_PARAMS, Step.PARAM_BYTES, Step.INFERENCE_PEAK, Step.TRAINING);
        }
        assertThat(summary.derivations()).extracting(d -> d.step().orElseThrow())
                .containsExactly(Step.TOTAL_PARAMS, Step.PARAM_BYTES, Step.INFERENCE_PEAK, Step.TRAINING);
    }
}
