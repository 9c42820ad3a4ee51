package app.stride.calculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.stride.engine.Activation;
import app.stride.engine.Layer;
import app.stride.engine.LayerField;
import app.stride.engine.LayerKind;
import app.stride.engine.LayerKinds;
import app.stride.engine.LayerValues;
import app.stride.engine.Model;
import app.stride.engine.Padding;
import app.stride.engine.Shape;
import app.stride.engine.Window;
import app.stride.modeljson.JsonFieldException;
import app.stride.modeljson.ModelJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every registered layer kind travels through every place that handles layers: the API's JSON
 * codec, the calculator's draft (and so its links), and the calculator's new-layer defaults. A
 * kind one of them cannot handle fails here. (The calculator view's own list and form are
 * checked in CalculatorViewTest.)
 */
class LayerKindsRoundTripTest {

    private static final Shape INPUT = Shape.of(8, 8, 4);

    /** A value of each field that is no default, so a field dropped on the way shows. */
    private static Object example(LayerField field) {
        return switch (field.type()) {
            case COUNT -> 7;
            case WINDOW -> new Window(2, 3);
            case PADDING -> Padding.SAME;
            case FLAG -> !(Boolean) field.fallback();
            case FRACTION -> 0.25;
            case NUMBER -> 0.5;
            case LAYERS -> List.of("input", "input");
        };
    }

    private static Layer example(LayerKind kind) {
        LayerValues values = new LayerValues("my_" + kind.type(), kind.takesFrom() ? "input" : null,
                kind.activated() == LayerKind.Activated.NO ? null : Activation.TANH);
        kind.fields().forEach(f -> values.with(f.name(), example(f)));
        return kind.build(values);
    }

    @Test
    void everyKindRoundTripsThroughTheJsonCodec() {
        for (LayerKind kind : LayerKinds.all()) {
            Layer layer = example(kind);
            assertThat(layer.type()).as("the record's type is its kind's").isEqualTo(kind.type());
            ObjectNode json = ModelJson.write(new Model(INPUT, List.of(layer)), 4, 1);
            Layer back = ModelJson.read(json).model().layers().get(0);
            assertThat(back).as(kind.type()).isEqualTo(layer);
            List<String> written = new ArrayList<>();
            json.get("layers").get(0).fieldNames().forEachRemaining(written::add);
            assertThat(written).as(kind.type() + ": type and name first, the activation and from last")
                    .startsWith("type", "name");
            for (LayerField f : kind.fields()) {
                assertThat(written.contains(f.name())).as(kind.type() + "." + f.name()).isEqualTo(f.type().kept());
            }
        }
    }

    @Test
    void everyKindRoundTripsThroughTheCalculatorsDraft() {
        for (LayerKind kind : LayerKinds.all()) {
            Layer layer = example(kind);
            ModelDraft draft = ModelDraft.of(new Model(INPUT, List.of(layer)), 4, 1);
            ObjectNode link = ModelLink.decode(ModelLink.encode(draft.toJson()));
            assertThat(ModelJson.read(ModelDraft.fromJson(link).toJson()).model().layers()).as(kind.type())
                    .containsExactly(layer);
        }
    }

    @Test
    void everyKindHasANewLayerTheCalculatorCanStartFrom() {
        for (LayerKind kind : LayerKinds.all()) {
            ObjectNode body = ModelDraft.of(new Model(INPUT, List.of()), 4, 1).toJson();
            ObjectNode fresh = ModelDraft.defaultLayer(kind.type());
            assertThat(fresh.get("type").asText()).isEqualTo(kind.type());
            body.withArray("layers").add(fresh);
            if (kind.fields().stream().anyMatch(f -> f.required() && f.start() == null)) {
                // an add starts without branches: the student picks them, and until then the field says so
                assertThatThrownBy(() -> ModelJson.read(body)).as(kind.type())
                        .isInstanceOf(JsonFieldException.class).hasMessageContaining("is missing");
            } else {
                assertThat(ModelJson.read(body).model().layers()).as(kind.type()).hasSize(1);
            }
        }
    }

    @Test
    void theDefaultsAreTheContracts() {
        // api-contract.md: stride (1), padding ("valid"), useBias (true), pool's stride = pool, activation linear
        ObjectNode body = ModelDraft.of(new Model(INPUT, List.of()), 4, 1).toJson();
        body.withArray("layers").addObject().put("type", "conv2d").put("filters", 5).put("kernel", 3);
        body.withArray("layers").addObject().put("type", "maxpool2d").put("pool", 2);
        body.withArray("layers").addObject().put("type", "flatten");
        body.withArray("layers").addObject().put("type", "dense").put("units", 3);
        List<Layer> layers = ModelJson.read(body).model().layers();
        assertThat(layers.get(0)).isEqualTo(new app.stride.engine.Conv2D("conv2d_1", null, 5, Window.square(3),
                Window.square(1), Padding.VALID, true, Activation.LINEAR));
        assertThat(layers.get(1)).isEqualTo(new app.stride.engine.MaxPool2D("maxpool2d_1", null, Window.square(2),
                Window.square(2), Padding.VALID));
        assertThat(layers.get(3)).isEqualTo(new app.stride.engine.Dense("dense_1", null, 3, true, Activation.LINEAR));
    }

    @Test
    void everyFieldTheFormShowsHasItsLabelInBothLanguages() throws IOException {
        Properties en = translations("translations.properties");
        Properties nl = translations("translations_nl.properties");
        List<String> missing = new ArrayList<>();
        for (LayerKind kind : LayerKinds.all()) {
            List<String> fields = new ArrayList<>(kind.fields().stream().map(LayerField::name).toList());
            fields.addAll(List.of("name", "activation", "from"));
            for (String field : fields) {
                for (Properties language : List.of(en, nl)) {
                    if (!language.containsKey("calculator.field." + field)) {
                        missing.add(kind.type() + "." + field);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties translations(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LayerKindsRoundTripTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
