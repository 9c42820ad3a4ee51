package app.stride.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures published for well-known networks (Keras' model.summary()), not computed by us. */
class PublishedFiguresTest {

    @Test
    void vgg16WithItsTopHas138357544Parameters() {
        ModelSummary vgg = Presets.VGG16.model().summarize(4, 1);
        assertThat(vgg.totalParams()).isEqualTo(138_357_544L);
        assertThat(vgg.trainableParams()).isEqualTo(138_357_544L);
        assertThat(vgg.layers().stream().filter(l -> l.type().equals("flatten")).findFirst().orElseThrow()
                .outputShape()).isEqualTo(Shape.of(25_088));
    }

    @Test
    void kerasResnet50Has25636712ParametersOfWhich53120NotTrainable() {
        ModelSummary resnet = Presets.RESNET50.model().summarize(4, 1);
        assertThat(resnet.totalParams()).isEqualTo(25_636_712L);
        assertThat(resnet.trainableParams()).isEqualTo(25_583_592L);
        assertThat(resnet.nonTrainableParams()).isEqualTo(53_120L);
        assertThat(resnet.layers().stream().filter(l -> l.name().equals("avg_pool")).findFirst().orElseThrow()
                .outputShape()).isEqualTo(Shape.of(2048));
        assertThat(resnet.layers().stream().filter(l -> l.name().equals("conv5_block3_out")).findFirst()
                .orElseThrow().outputShape()).isEqualTo(Shape.of(7, 7, 2048));
    }

    @Test
    void lenet5Has61706Parameters() {
        ModelSummary lenet = Presets.LENET5.model().summarize(4, 1);
        assertThat(lenet.totalParams()).isEqualTo(61_706L);
        assertThat(lenet.layers()).extracting(LayerSummary::params)
                .containsExactly(156L, 0L, 2_416L, 0L, 0L, 48_120L, 10_164L, 850L);
    }
}
