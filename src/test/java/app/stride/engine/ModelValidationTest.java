package app.stride.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    @Test
    void aKernelLargerThanAValidInputNamesLayerFieldAndReason() {
        Model model = new Model(Shape.of(28, 28, 1), List.of(
                Conv2D.of(8, 3, 2, Padding.VALID),
                MaxPool2D.of(2),
                Conv2D.of(16, 7, 1, Padding.VALID)));
        assertThatThrownBy(() -> model.summarize(4, 1))
                .isInstanceOfSatisfying(ModelException.class, e -> {
                    assertThat(e.getMessage())
                            .isEqualTo("layer 3 (conv2d): kernel 7 is larger than its 6×6 input with valid padding");
                    assertThat(e.layerIndex()).isEqualTo(3);
                    assertThat(e.field()).isEqualTo("kernel");
                });
    }

    @Test
    void theSameKernelFitsWithSamePadding() {
        Model model = new Model(Shape.of(5, 5, 1), List.of(Conv2D.of(1, 7, 1, Padding.SAME)));
        assertThat(model.summarize(4, 1).layers().get(0).outputShape()).isEqualTo(Shape.of(5, 5, 1));
    }

    @Test
    void denseOnAnImageSaysToFlattenFirst() {
        Model model = new Model(Shape.of(8, 8, 3), List.of(Dense.of(10)));
        assertThatThrownBy(() -> model.summarize(4, 1)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith("layer 1 (dense): dense needs a 1-D input but got [8, 8, 3]; flatten first");
    }

    @Test
    void addNeedsOneShapeAndEarlierLayers() {
        Model mismatch = new Model(Shape.of(8, 8, 3), List.of(
                new Conv2D("a", null, 4, Window.square(3), null, Padding.SAME, true, null),
                new Conv2D("b", null, 5, Window.square(3), null, Padding.SAME, true, null),
                new Add(null, List.of("a", "b"))));
        assertThatThrownBy(() -> mismatch.summarize(4, 1)).hasMessage(
                "layer 3 (add): add needs inputs of one shape, but a is [8, 8, 4] and b is [8, 8, 5]");
        assertThatThrownBy(() -> new Model(Shape.of(8, 8, 3), List.of(new Add(null, List.of("input", "later")),
                new Flatten("later", null)))).hasMessage(
                "layer 1 (add): \"later\" is not the input nor a layer before this one");
    }

    @Test
    void namesAreUniqueAndDefaultsCountPerType() {
        assertThatThrownBy(() -> new Model(Shape.of(4), List.of(new Dense("x", null, 2, true, null),
                new Dense("x", null, 2, true, null)))).hasMessageContaining("layer 2 (dense): the name \"x\" is used twice");
        Model model = new Model(Shape.of(4), List.of(new Dense("dense_1", null, 3, true, null), Dense.of(2),
                new Dropout(null, null, 0.5), Dense.of(1)));
        assertThat(model.layers()).extracting(Layer::name).containsExactly("dense_1", "dense_2", "dropout_1", "dense_3");
    }

    @Test
    void figuresThatDoNotFitALongAreRefusedNotWrapped() {
        Model huge = new Model(Shape.of(1_000_000_000, 1_000_000_000, 3), List.of(Conv2D.of(1000, 3, 1, Padding.SAME)));
        assertThatThrownBy(() -> huge.summarize(1, 1)).isInstanceOf(ModelException.class)
                .hasMessage("layer 1 (conv2d): its multiplications would be more than 9.2·10^18, too large to count "
                        + "exactly");
        Model hugeInput = new Model(Shape.of(2_000_000_000, 2_000_000_000, 3), List.of());
        assertThatThrownBy(() -> hugeInput.summarize(4, 1)).isInstanceOfSatisfying(ModelException.class,
                e -> assertThat(e.field()).isEqualTo("input"));
    }

    @Test
    void anAbsurdButCountableSizeGivesExactFigures() {
        ModelSummary s = new Model(Shape.of(100_000, 100_000, 3), List.of(Conv2D.of(64, 3, 1, Padding.SAME)))
                .summarize(4, 1);
        assertThat(s.inputBytes()).isEqualTo(120_000_000_000L);
        assertThat(s.layers().get(0).multiplications()).isEqualTo(100_000L * 100_000 * 64 * 27);
    }
}
