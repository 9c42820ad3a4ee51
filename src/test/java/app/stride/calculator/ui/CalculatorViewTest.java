package app.stride.calculator.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.stride.KaribuTest;
import app.stride.engine.ByteUnit;
import app.stride.engine.Presets;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalculatorViewTest extends KaribuTest {

    private CalculatorView view;

    @BeforeEach
    void open() {
        login("student", "STUDENT");
        UI.getCurrent().navigate("calculator");
        view = _get(CalculatorView.class);
    }

    private String footer(String column) {
        return view.table.getFooterRows().get(0).getCell(view.table.getColumnByKey(column)).getText();
    }

    private String memoryLine(String key) {
        return view.memory.getChildren()
                .flatMap(line -> line.getChildren())
                .filter(c -> key.equals(c.getElement().getAttribute("data-memory")))
                .findFirst().orElseThrow().getElement().getText();
    }

    @Test
    void opensOnTheCourseExampleWithItsFigures() {
        assertThat(GridKt._size(view.table)).isEqualTo(3);
        assertThat(GridKt._getFormatted(view.table, 0, "shape")).isEqualTo("[100, 150, 100]");
        assertThat(GridKt._getFormatted(view.table, 2, "shape")).isEqualTo("[25, 38, 400]");
        assertThat(GridKt._getFormatted(view.table, 1, "params")).isEqualTo("180,200");
        assertThat(footer("params")).isEqualTo("903,400");
        assertThat(memoryLine("params")).isEqualTo("Parameters: 3.614 MB");
        assertThat(memoryLine("predict")).isEqualTo("One prediction: 12.61 MB");
        assertThat(memoryLine("train")).isEqualTo("Training on a batch: 569.23 MB");
        assertThat(view.chart.isVisible()).isTrue();
    }

    @Test
    void unitsSwitchToBytesAndMebibytes() {
        view.unit.setValue(ByteUnit.B);
        assertThat(memoryLine("params")).isEqualTo("Parameters: 3,613,600 B");
        assertThat(GridKt._getFormatted(view.table, 0, "memory")).isEqualTo("6,000,000 B");
        view.unit.setValue(ByteUnit.MIB);
        assertThat(memoryLine("predict")).isEqualTo("One prediction: 12.03 MiB");
    }

    @Test
    void presetsLoadWithTheirPublishedTotals() {
        // the listener reacts to the user's choice only: _setValue acts as the user
        HasValueUtilsKt._setValue(view.preset, Presets.VGG16);
        assertThat(footer("params")).isEqualTo("138,357,544");
        HasValueUtilsKt._setValue(view.preset, Presets.RESNET50);
        assertThat(footer("params")).isEqualTo("25,636,712");
        assertThat(memoryLine("params")).contains("102.55 MB");
    }

    @Test
    void aKernelThatDoesNotFitIsExplainedOnItsFieldWithoutACrash() {
        view.table.select(GridKt._get(view.table, 2));
        LayerEditor editor = view.editor;
        assertThat(editor).isNotNull();
        @SuppressWarnings("unchecked")
        Select<String> padding = (Select<String>) editor.fields.get("padding");
        padding.setValue("valid");
        TextField kernel = (TextField) editor.fields.get("kernel");
        kernel.setValue("60");

        assertThat(view.problem.isVisible()).isTrue();
        assertThat(view.problem.getText())
                .isEqualTo("Layer 3 (conv2d): the kernel 60 is larger than its 50×75 input with valid padding");
        assertThat(kernel.isInvalid()).isTrue();
        assertThat(kernel.getErrorMessage()).isEqualTo("the kernel 60 is larger than its 50×75 input with valid padding");
        assertThat(GridKt._getFormatted(view.table, 0, "params")).isEqualTo("—");

        kernel.setValue("3");
        assertThat(view.problem.isVisible()).isFalse();
        assertThat(kernel.isInvalid()).isFalse();
        assertThat(GridKt._getFormatted(view.table, 2, "shape")).isEqualTo("[24, 37, 400]");
    }

    @Test
    void typingNonsenseIsRefusedOnTheFieldAndChangesNothing() {
        view.table.select(GridKt._get(view.table, 0));
        TextField kernel = (TextField) view.editor.fields.get("kernel");
        kernel.setValue("three");
        assertThat(kernel.isInvalid()).isTrue();
        assertThat(kernel.getErrorMessage()).isEqualTo(t("calculator.error.window"));
        assertThat(footer("params")).isEqualTo("903,400");

        view.height.setValue(0);
        assertThat(view.height.isInvalid()).isTrue();
        assertThat(footer("params")).isEqualTo("903,400");
    }

    @Test
    void layersAreAddedMovedAndRemoved() {
        view.table.select(GridKt._get(view.table, 2));
        view.newLayerType.setValue("dense");
        view.addLayer.click();
        assertThat(GridKt._size(view.table)).isEqualTo(4);
        assertThat(view.problem.getText()).contains("Layer 4 (dense)").contains("flatten first");

        view.newLayerType.setValue("globalavgpool2d");
        view.addLayer.click();  // lands after the dense layer, selected
        view.moveUp.click();    // now before it
        assertThat(view.problem.isVisible()).isFalse();
        assertThat(GridKt._getFormatted(view.table, 3, "type")).isEqualTo("globalavgpool2d");
        assertThat(GridKt._getFormatted(view.table, 4, "shape")).isEqualTo("[10]");
        assertThat(footer("params")).isEqualTo("907,410");

        view.removeLayer.click();
        assertThat(GridKt._size(view.table)).isEqualTo(4);
        assertThat(view.problem.isVisible()).isTrue();
    }

    @Test
    void theLinkReproducesTheModel() {
        view.table.select(GridKt._get(view.table, 0));
        ((TextField) view.editor.fields.get("kernel")).setValue("5");
        String href = view.link.getHref();
        assertThat(href).startsWith("calculator?model=");

        Location location = new Location(href);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        CalculatorView reopened = _get(CalculatorView.class);
        assertThat(reopened.table.getFooterRows().get(0).getCell(reopened.table.getColumnByKey("params")).getText())
                .isEqualTo(String.format("%,d", (5 * 5 * 3 + 1) * 100 + 180_200 + 720_400));
    }

    @Test
    void aBrokenLinkFallsBackToTheCourseExample() {
        UI.getCurrent().navigate("calculator", QueryParameters.of("model", "broken"));
        assertThat(_get(CalculatorView.class).table.getFooterRows().get(0)
                .getCell(_get(CalculatorView.class).table.getColumnByKey("params")).getText()).isEqualTo("903,400");
    }

    /** The course example with {@code extra} activation layers of long, different names: a link that hardly compresses. */
    static String linkWithExtraLayers(int extra) {
        var json = app.stride.calculator.ModelDraft.of(Presets.COURSE_EXAMPLE.model(), 4, 50).toJson();
        java.util.Random random = new java.util.Random(12);
        for (int i = 0; i < extra; i++) {
            json.withArray("layers").addObject().put("type", "activation").put("activation", "relu")
                    .put("name", "act-" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
        }
        return app.stride.calculator.ModelLink.encode(json);
    }

    @Test
    void aModelTooLargeForALinkSaysSoInsteadOfOfferingALinkThatWouldNotLoad() {
        String big = linkWithExtraLayers(150);
        assertThat(big.length()).isGreaterThan(app.stride.calculator.ModelLink.MAX_SHARED);
        UI.getCurrent().navigate("calculator", QueryParameters.of("model", big));
        view = _get(CalculatorView.class);
        assertThat(GridKt._size(view.table)).as("the model itself opens").isEqualTo(3 + 150);
        assertThat(view.link.isVisible()).isFalse();
        assertThat(view.link.getHref()).isEmpty();
        assertThat(view.copyLink.isEnabled()).isFalse();
        assertThat(view.linkTooLong.isVisible()).isTrue();
        assertThat(view.linkTooLong.getText()).isEqualTo(t("calculator.link.toolong", big.length(),
                app.stride.calculator.ModelLink.MAX_SHARED)).contains(String.format("%,d", big.length()));

        // a model that fits is offered again, with a link that fits
        String fits = linkWithExtraLayers(20);
        UI.getCurrent().navigate("calculator", QueryParameters.of("model", fits));
        view = _get(CalculatorView.class);
        assertThat(view.link.isVisible()).isTrue();
        assertThat(view.copyLink.isEnabled()).isTrue();
        assertThat(view.linkTooLong.isVisible()).isFalse();
        assertThat(view.link.getHref()).hasSizeLessThanOrEqualTo(
                "calculator?model=".length() + app.stride.calculator.ModelLink.MAX_SHARED);
    }

    /** The value as the browser reports it: synchronised from the client, listeners and all. */
    private static void fromBrowser(com.vaadin.flow.component.Component field, String value) {
        try {
            field.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", value).run();
        } catch (com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSizeThatIsNoWholeNumberOfAtLeastOneIsAMessageOnItsFieldAndChangesNothing() {
        String before = view.link.getHref();
        for (var field : java.util.List.of(view.height, view.width, view.channels, view.batchSize)) {
            Integer original = field.getValue();
            for (String bad : java.util.List.of("abc", "-5", "0", "99999999999", "1.5", "")) {
                fromBrowser(field, bad);
                assertThat(field.isInvalid()).as(field.getLabel() + " " + bad).isTrue();
                assertThat(field.getErrorMessage()).isEqualTo(t("calculator.error.positive"));
                assertThat(view.link.getHref()).as("the model is as it was: " + field.getLabel() + " " + bad).isEqualTo(before);
                assertThat(footer("params")).isEqualTo("903,400");
            }
            fromBrowser(field, String.valueOf(original));
            assertThat(field.isInvalid()).as("a good value clears the message").isFalse();
            assertThat(view.link.getHref()).isEqualTo(before);
        }
    }

    @Test
    void aLayerSettingThatCannotBeTakenIsAMessageOnItsFieldAndChangesNothing() {
        view.table.select(GridKt._get(view.table, 0));
        String before = view.link.getHref();
        var filters = (com.vaadin.flow.component.textfield.IntegerField) view.editor.fields.get("filters");
        for (String bad : java.util.List.of("abc", "-1", "99999999999", "2.5")) {
            fromBrowser(filters, bad);
            assertThat(filters.isInvalid()).as(bad).isTrue();
            assertThat(filters.getErrorMessage()).isEqualTo(t("calculator.error.positive"));
            assertThat(view.link.getHref()).as(bad).isEqualTo(before);
        }
        var kernel = (TextField) view.editor.fields.get("kernel");
        for (String bad : java.util.List.of("x", "0", "3×", "99999999999")) {
            fromBrowser(kernel, bad);
            assertThat(kernel.isInvalid()).as(bad).isTrue();
            assertThat(kernel.getErrorMessage()).isEqualTo(t("calculator.error.window"));
            assertThat(view.link.getHref()).as(bad).isEqualTo(before);
        }
    }

    @Test
    void everyLayerKindIsOfferedAndOpensAFormWithItsFields() {
        assertThat(view.newLayerType.getListDataView().getItems().toList())
                .containsExactlyElementsOf(app.stride.engine.LayerKinds.types());
        // as the contract's table has them; batch norm's epsilon and momentum change no figure, so no input
        var byHand = java.util.Map.of(
                "conv2d", java.util.List.of("name", "filters", "kernel", "stride", "padding", "useBias", "activation",
                        "from"),
                "maxpool2d", java.util.List.of("name", "pool", "stride", "padding", "from"),
                "batchnorm", java.util.List.of("name", "from"),
                "dropout", java.util.List.of("name", "rate", "from"),
                "add", java.util.List.of("name", "inputs"),
                "activation", java.util.List.of("name", "activation", "from"));
        for (var kind : app.stride.engine.LayerKinds.all()) {
            view.newLayerType.setValue(kind.type());
            view.addLayer.click();
            assertThat(GridKt._getFormatted(view.table, GridKt._size(view.table) - 1, "type")).isEqualTo(kind.type());
            java.util.List<String> expected = new java.util.ArrayList<>(java.util.List.of("name"));
            kind.fields().stream().filter(f -> f.type().kept()).forEach(f -> expected.add(f.name()));
            if (kind.activated() != app.stride.engine.LayerKind.Activated.NO) {
                expected.add("activation");
            }
            if (kind.takesFrom()) {
                expected.add("from");
            }
            assertThat(view.editor.fields.keySet()).as(kind.type()).containsExactlyElementsOf(expected);
            if (byHand.containsKey(kind.type())) {
                assertThat(view.editor.fields.keySet()).as(kind.type()).containsExactlyElementsOf(byHand.get(kind.type()));
            }
        }
    }
}
