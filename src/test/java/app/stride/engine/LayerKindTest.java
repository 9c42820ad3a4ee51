package app.stride.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerKindTest {

    @Test
    void aKindWhoseFieldItsRecordLacksIsRefusedWhenItIsDescribed() {
        assertThatThrownBy(() -> new LayerKind("dense", Dense.class, List.of(LayerField.count("filters")),
                LayerKind.Activated.OPTIONAL, null, v -> Dense.of(v.count("filters"))))
                .isInstanceOf(IllegalStateException.class).hasMessage("Dense has no component filters");
        assertThatThrownBy(() -> new LayerKind("flatten", Flatten.class, List.of(), LayerKind.Activated.OPTIONAL,
                null, v -> new Flatten(v.name(), v.from())))
                .isInstanceOf(IllegalStateException.class).hasMessage("Flatten has no component activation");
    }

    @Test
    void theKindsAreTheContractsTable() {
        // api-contract.md: type, fields (defaults)
        assertThat(LayerKinds.types()).containsExactly("conv2d", "maxpool2d", "avgpool2d", "globalavgpool2d",
                "batchnorm", "dropout", "flatten", "dense", "add", "activation");
        LayerKind conv = LayerKinds.of("conv2d").orElseThrow();
        assertThat(conv.fields()).extracting(LayerField::name)
                .containsExactly("filters", "kernel", "stride", "padding", "useBias");
        assertThat(conv.field("stride").orElseThrow().fallback()).isEqualTo(Window.square(1));
        assertThat(conv.field("padding").orElseThrow().fallback()).isEqualTo(Padding.VALID);
        assertThat(conv.field("useBias").orElseThrow().fallback()).isEqualTo(true);
        assertThat(conv.field("filters").orElseThrow().required()).isTrue();
        assertThat(LayerKinds.of("maxpool2d").orElseThrow().field("stride").orElseThrow().sameAs()).isEqualTo("pool");
        assertThat(LayerKinds.of("add").orElseThrow().takesFrom()).isFalse();
        assertThat(LayerKinds.of("activation").orElseThrow().activated()).isEqualTo(LayerKind.Activated.REQUIRED);
        assertThat(LayerKinds.activations()).extracting(Activation::key)
                .containsExactly("linear", "relu", "sigmoid", "tanh", "softmax");
    }

    @Test
    void aLayersValuesAreReadFromItsRecord() {
        Conv2D conv = new Conv2D("c", "input", 8, new Window(3, 5), Window.square(2), Padding.SAME, false,
                Activation.RELU);
        LayerValues values = LayerKinds.of(conv).values(conv);
        assertThat(values.name()).isEqualTo("c");
        assertThat(values.from()).isEqualTo("input");
        assertThat(values.activation()).isEqualTo(Activation.RELU);
        assertThat(values.fields()).containsExactly(java.util.Map.entry("filters", 8),
                java.util.Map.entry("kernel", new Window(3, 5)), java.util.Map.entry("stride", Window.square(2)),
                java.util.Map.entry("padding", Padding.SAME), java.util.Map.entry("useBias", false));
        assertThat(LayerKinds.of(conv).build(values)).isEqualTo(conv);
    }
}
