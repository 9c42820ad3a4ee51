package app.stride.calculator.ui;

import app.stride.calculator.ModelDraft;
import app.stride.calculator.ModelLink;
import app.stride.engine.ByteUnit;
import app.stride.engine.DerivationText;
import app.stride.engine.Layer;
import app.stride.engine.LayerKinds;
import app.stride.engine.LayerSummary;
import app.stride.engine.ModelException;
import app.stride.engine.ModelSummary;
import app.stride.engine.Presets;
import app.stride.engine.Step;
import app.stride.shell.Titles;
import app.stride.modeljson.ModelJson;
import app.stride.modeljson.JsonFieldException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Build a network and read its figures as the engine computes them: a Keras-style summary, the
 * memory to predict and to train, a chart, and the arithmetic behind every number. The model
 * travels in the link, so a teacher can hand out exactly this network.
 */
@Route("calculator")
@PermitAll
@Menu(order = 10, title = "nav.calculator", icon = "vaadin:calc")
class CalculatorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** One row of the table: the layer as edited, its name, and its figures when the model computes. */
    record Row(int index, ObjectNode layer, String name, LayerSummary figures) {
    }

    final Select<Presets> preset = new Select<>();
    final IntegerField height = new IntegerField();
    final IntegerField width = new IntegerField();
    final IntegerField channels = new IntegerField();
    final Select<Integer> bytesPerValue = new Select<>();
    final IntegerField batchSize = new IntegerField();
    final Select<ByteUnit> unit = new Select<>();
    final Grid<Row> table = new Grid<>();
    final Select<String> newLayerType = new Select<>();
    final Button addLayer = new Button();
    final Button moveUp = new Button(VaadinIcon.ARROW_UP.create());
    final Button moveDown = new Button(VaadinIcon.ARROW_DOWN.create());
    final Button removeLayer = new Button(VaadinIcon.TRASH.create());
    final Div problem = new Div();
    final Div editorSlot = new Div();
    final Div layerDerivations = new Div();
    final Div memory = new Div();
    final MemoryChart chart = new MemoryChart();
    final Anchor link = new Anchor();
    final Button copyLink = new Button();
    /** Why there is no link, for a model too large to travel in one. */
    final Paragraph linkTooLong = new Paragraph();

    private ModelDraft draft = ModelDraft.of(Presets.COURSE_EXAMPLE.model(), 4, 50);
    private ModelSummary summary;
    private ModelException lastProblem;
    private List<String> names = List.of();
    private int selected = -1;
    private boolean refreshing;
    LayerEditor editor;

    CalculatorView() {
        addClassNames("stride-page", "stride-calculator");
        add(new H1(getTranslation("nav.calculator")), new Paragraph(getTranslation("calculator.intro")));
        add(toolbar(), settings(), table(), layerActions(), problem, editorSlot, layerDerivations);
        add(new H2(getTranslation("calculator.memory.title")), memory, chart);
        problem.addClassName("stride-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        layerDerivations.addClassName("stride-derivations");
        memory.addClassName("stride-memory");
    }

    private Div toolbar() {
        preset.setLabel(getTranslation("calculator.preset"));
        preset.setItems(Presets.values());
        preset.setItemLabelGenerator(p -> getTranslation(p == null ? "calculator.preset.own" : "calculator.preset." + p.key()));
        preset.setEmptySelectionAllowed(true);
        preset.setEmptySelectionCaption(getTranslation("calculator.preset.own"));
        preset.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(ModelDraft.of(e.getValue().model(), draft.bytesPerValue(), draft.batchSize()));
            }
        });
        link.setText(getTranslation("calculator.link"));
        link.addClassName("stride-model-link");
        copyLink.setText(getTranslation("calculator.link.copy"));
        copyLink.setIcon(VaadinIcon.LINK.create());
        copyLink.addClickListener(click -> {
            copyLink.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText("
                    + "new URL($0, document.baseURI).href)", link.getHref());
            Notification.show(getTranslation("calculator.link.copied"), 2500, Notification.Position.BOTTOM_START);
        });
        linkTooLong.addClassName("stride-status");
        linkTooLong.getElement().setAttribute("aria-live", "polite");
        linkTooLong.setVisible(false);
        Div bar = new Div(preset, copyLink, link, linkTooLong);
        bar.addClassName("stride-toolbar");
        return bar;
    }

    private Div settings() {
        for (IntegerField field : List.of(height, width, channels, batchSize)) {
            field.setMin(1);
            // this view judges the value, with its own message: the field's check would replace it
            field.setManualValidation(true);
            field.addValueChangeListener(e -> {
                if (!refreshing) {
                    settingsChanged(field);
                }
            });
        }
        height.setLabel(getTranslation("calculator.input.height"));
        width.setLabel(getTranslation("calculator.input.width"));
        channels.setLabel(getTranslation("calculator.input.channels"));
        batchSize.setLabel(getTranslation("calculator.batch"));
        bytesPerValue.setLabel(getTranslation("calculator.bytes"));
        bytesPerValue.setItems(4, 2, 8, 1);
        bytesPerValue.setItemLabelGenerator(b -> getTranslation("calculator.bytes." + b));
        bytesPerValue.addValueChangeListener(e -> {
            if (!refreshing && e.getValue() != null) {
                draft.setBytesPerValue(e.getValue());
                recompute();
            }
        });
        unit.setLabel(getTranslation("calculator.unit"));
        unit.setItems(ByteUnit.values());
        unit.setItemLabelGenerator(ByteUnit::symbol);
        unit.setValue(ByteUnit.MB);
        unit.addValueChangeListener(e -> showFigures());
        Div row = new Div(height, width, channels, bytesPerValue, batchSize, unit);
        row.addClassName("stride-settings");
        return row;
    }

    private void settingsChanged(IntegerField field) {
        Integer value = field.getValue();
        if (value == null || value < 1) {
            field.setErrorMessage(getTranslation("calculator.error.positive"));
            field.setInvalid(true);
            return;
        }
        field.setInvalid(false);
        if (field == batchSize) {
            draft.setBatchSize(value);
        } else if (height.getValue() != null && width.getValue() != null && channels.getValue() != null) {
            draft.setInput(height.getValue(), width.getValue(), channels.getValue());
        }
        recompute();
    }

    private Grid<Row> table() {
        table.addClassName("stride-summary");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.addColumn(row -> row.index() + 1).setKey("index").setHeader("#").setAutoWidth(true).setFlexGrow(0);
        table.addColumn(Row::name).setKey("name").setHeader(getTranslation("calculator.col.name")).setAutoWidth(true);
        table.addColumn(row -> row.layer().path("type").asText()).setKey("type")
                .setHeader(getTranslation("calculator.col.type")).setAutoWidth(true);
        table.addColumn(this::settingsText).setKey("settings").setHeader(getTranslation("calculator.col.settings")).setWidth("14rem")
                .setFlexGrow(1);
        table.addColumn(row -> figure(row, f -> f.outputShape().toString())).setKey("shape")
                .setHeader(getTranslation("calculator.col.shape")).setAutoWidth(true);
        table.addColumn(row -> figure(row, f -> Figures.count(f.params(), getLocale()))).setKey("params")
                .setHeader(getTranslation("calculator.col.params")).setAutoWidth(true).setTextAlign(
                        ColumnTextAlign.END);
        table.addColumn(row -> figure(row, f -> Figures.count(f.multiplications(), getLocale()))).setKey("mults")
                .setHeader(getTranslation("calculator.col.mults")).setAutoWidth(true).setTextAlign(
                        ColumnTextAlign.END);
        table.addColumn(row -> figure(row, f -> Figures.bytes(f.outputBytes(), unit.getValue(), getLocale())))
                .setKey("memory").setHeader(getTranslation("calculator.col.memory")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        table.appendFooterRow();
        table.setPartNameGenerator(row -> row.figures() == null && summary == null ? "stride-row-problem" : null);
        table.addSelectionListener(e -> {
            if (!refreshing) {
                select(e.getFirstSelectedItem().map(Row::index).orElse(-1));
            }
        });
        return table;
    }

    private Div layerActions() {
        newLayerType.setAriaLabel(getTranslation("calculator.layer.type"));
        newLayerType.setItems(LayerKinds.types());
        newLayerType.setValue(LayerKinds.types().get(0));
        addLayer.setText(getTranslation("calculator.layer.add"));
        addLayer.setIcon(VaadinIcon.PLUS.create());
        addLayer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addLayer.addClickListener(click -> {
            int at = selected < 0 ? draft.layers().size() : selected + 1;
            draft.insert(at, ModelDraft.defaultLayer(newLayerType.getValue()));
            selected = at;
            recompute();
            rebuildEditor();
        });
        moveUp.setAriaLabel(getTranslation("calculator.layer.up"));
        moveUp.setTooltipText(getTranslation("calculator.layer.up"));
        moveUp.addClickListener(click -> move(-1));
        moveDown.setAriaLabel(getTranslation("calculator.layer.down"));
        moveDown.setTooltipText(getTranslation("calculator.layer.down"));
        moveDown.addClickListener(click -> move(1));
        removeLayer.setAriaLabel(getTranslation("calculator.layer.remove"));
        removeLayer.setTooltipText(getTranslation("calculator.layer.remove"));
        removeLayer.addThemeVariants(ButtonVariant.LUMO_ERROR);
        removeLayer.addClickListener(click -> {
            if (selected >= 0) {
                draft.remove(selected);
                selected = Math.min(selected, draft.layers().size() - 1);
                recompute();
                rebuildEditor();
            }
        });
        Div actions = new Div(newLayerType, addLayer, moveUp, moveDown, removeLayer);
        actions.addClassName("stride-layer-actions");
        return actions;
    }

    private void move(int delta) {
        if (selected >= 0 && draft.move(selected, delta)) {
            selected += delta;
            recompute();
            rebuildEditor();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        Optional<String> model = params.getOrDefault("model", List.of()).stream().findFirst();
        Optional<String> presetKey = params.getOrDefault("preset", List.of()).stream().findFirst();
        if (model.isPresent()) {
            try {
                load(ModelDraft.fromJson(ModelLink.decode(model.get())));
                return;
            } catch (IllegalArgumentException | JsonFieldException e) {
                Notification.show(getTranslation("calculator.error.link"), 5000, Notification.Position.MIDDLE);
            }
        }
        Presets chosen = presetKey.flatMap(k -> Arrays.stream(Presets.values()).filter(p -> p.key().equals(k))
                .findFirst()).orElse(Presets.COURSE_EXAMPLE);
        preset.setValue(chosen);
        load(ModelDraft.of(chosen.model(), 4, 50));
    }

    private void load(ModelDraft newDraft) {
        draft = newDraft;
        refreshing = true;
        height.setValue(draft.height());
        width.setValue(draft.width());
        channels.setValue(draft.channels());
        bytesPerValue.setValue(draft.bytesPerValue());
        batchSize.setValue(draft.batchSize());
        refreshing = false;
        selected = -1;
        recompute();
        rebuildEditor();
    }

    /** Reads the draft through the API's reader and the engine; says what is wrong if it does not fit. */
    void recompute() {
        summary = null;
        lastProblem = null;
        problem.setVisible(false);
        if (editor != null) {
            editor.clearProblems();
        }
        ObjectNode json = draft.toJson();
        try {
            ModelJson.Request request = ModelJson.read(json);
            names = request.model().layers().stream().map(Layer::name).toList();
            summary = request.model().summarize(request.bytesPerValue(), request.batchSize());
        } catch (ModelException e) {
            showProblem(e);
        } catch (JsonFieldException e) {
            problem.setText(getTranslation("calculator.error.json", e.getMessage()));
            problem.setVisible(true);
        }
        if (names.size() != draft.layers().size()) {
            names = IntStream.range(0, draft.layers().size()).mapToObj(i -> draft.layers().get(i).path("name")
                    .asText(draft.layers().get(i).path("type").asText())).toList();
        }
        showFigures();
        offerLink(ModelLink.encode(json));
    }

    /**
     * The model's link, in the address bar too, so that a reload keeps it. A link too long to load
     * is not offered: the page says why, and the address bar keeps none (a reload would get the
     * server's "400 Bad Request" instead of the calculator).
     */
    private void offerLink(String encoded) {
        boolean shareable = ModelLink.shareable(encoded);
        String href = shareable ? "calculator?model=" + encoded : "calculator";
        link.setVisible(shareable);
        copyLink.setEnabled(shareable);
        linkTooLong.setVisible(!shareable);
        if (shareable) {
            link.setHref(href);
        } else {
            link.removeHref();
            linkTooLong.setText(getTranslation("calculator.link.toolong", encoded.length(), ModelLink.MAX_SHARED));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, href));
    }

    private void showProblem(ModelException e) {
        lastProblem = e;
        String reason = getTranslation("engine.error." + e.code(), e.args().toArray());
        String message = e.layerIndex() == 0 ? reason
                : getTranslation("calculator.error.layer", e.layerIndex(), e.layerType(), reason);
        problem.setText(message);
        problem.setVisible(true);
        markEditor();
        if (e.layerIndex() == 0 && "input".equals(e.field())) {
            height.setErrorMessage(reason);
            height.setInvalid(true);
        }
    }

    /** The engine's reason on the field it names, when that layer is open in the editor. */
    private void markEditor() {
        if (lastProblem != null && editor != null && lastProblem.layerIndex() - 1 == selected) {
            editor.showProblem(lastProblem.field(), getTranslation("engine.error." + lastProblem.code(),
                    lastProblem.args().toArray()));
        }
    }

    private void showFigures() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < draft.layers().size(); i++) {
            rows.add(new Row(i, draft.layers().get(i), names.get(i), summary == null ? null : summary.layers().get(i)));
        }
        refreshing = true;
        // short models show every row; long ones (ResNet-50) scroll inside the table
        table.setAllRowsVisible(rows.size() <= 20);
        table.setHeight(rows.size() <= 20 ? null : "32rem");
        table.setItems(rows);
        if (selected >= 0 && selected < rows.size()) {
            table.select(rows.get(selected));
        }
        refreshing = false;
        var footer = table.getFooterRows().get(0);
        footer.getCell(table.getColumnByKey("name")).setText(getTranslation("calculator.total"));
        footer.getCell(table.getColumnByKey("params")).setText(summary == null ? ""
                : Figures.count(summary.totalParams(), getLocale()));
        footer.getCell(table.getColumnByKey("mults")).setText(summary == null ? ""
                : Figures.count(summary.totalMultiplications(), getLocale()));
        showMemory();
        showDerivations();
    }

    private void showMemory() {
        memory.removeAll();
        if (summary == null) {
            memory.add(new Paragraph(getTranslation("calculator.memory.none")));
            chart.setVisible(false);
            return;
        }
        ByteUnit u = unit.getValue();
        memory.add(
                line("params", Figures.bytes(summary.paramBytes(), u, getLocale()),
                        getTranslation("calculator.memory.params.why", Figures.count(summary.totalParams(), getLocale()),
                                summary.bytesPerValue(), Figures.count(summary.trainableParams(), getLocale()),
                                Figures.count(summary.nonTrainableParams(), getLocale())), summary.step(Step.PARAM_BYTES).formula(getLocale())),
                line("predict", Figures.bytes(summary.inferencePeakBytes(), u, getLocale()),
                        getTranslation("calculator.memory.predict.why", String.join(" + ", summary.peakTensors())),
                        summary.step(Step.INFERENCE_PEAK).formula(getLocale())),
                line("train", Figures.bytes(summary.training().totalBytes(), u, getLocale()),
                        getTranslation("calculator.memory.train.why", summary.batchSize()),
                        summary.step(Step.TRAINING).formula(getLocale())));
        chart.setVisible(true);
        chart.show(summary, u, getLocale(), getTranslation("calculator.chart.title"));
    }

    private Div line(String key, String amount, String why, String formula) {
        Div title = new Div(getTranslation("calculator.memory." + key, amount));
        title.addClassName("stride-memory-figure");
        title.getElement().setAttribute("data-memory", key);
        Div explanation = new Div(why);
        explanation.addClassName("stride-memory-why");
        Div arithmetic = new Div(formula);
        arithmetic.addClassName("stride-formula");
        Div line = new Div(title, explanation, arithmetic);
        line.addClassName("stride-memory-line");
        return line;
    }

    private void showDerivations() {
        layerDerivations.removeAll();
        if (summary == null || selected < 0 || selected >= summary.layers().size()) {
            layerDerivations.setVisible(false);
            return;
        }
        layerDerivations.setVisible(true);
        LayerSummary row = summary.layers().get(selected);
        layerDerivations.add(new H2(getTranslation("calculator.derivation.title", row.name())));
        row.derivations().forEach(d -> {
            Div item = new Div(new Div(DerivationText.words(d, getLocale())), formula(d.formula(getLocale())));
            item.addClassName("stride-derivation");
            layerDerivations.add(item);
        });
    }

    private static Div formula(String text) {
        Div div = new Div(text);
        div.addClassName("stride-formula");
        return div;
    }

    private void select(int index) {
        selected = index;
        rebuildEditor();
        showDerivations();
    }

    private void rebuildEditor() {
        editorSlot.removeAll();
        editor = null;
        boolean has = selected >= 0 && selected < draft.layers().size();
        moveUp.setEnabled(has && selected > 0);
        moveDown.setEnabled(has && selected < draft.layers().size() - 1);
        removeLayer.setEnabled(has);
        if (!has) {
            return;
        }
        List<String> earlier = new ArrayList<>();
        earlier.add("input");
        earlier.addAll(names.subList(0, Math.min(selected, names.size())));
        editor = new LayerEditor(draft.layers().get(selected), names.get(selected), earlier, this::recompute);
        editorSlot.add(new H2(getTranslation("calculator.editor.title", selected + 1, names.get(selected))), editor);
        markEditor();
    }

    /** The settings that matter, compactly: "filters 100, kernel 3, stride 2, padding same". */
    private String settingsText(Row row) {
        List<String> parts = new ArrayList<>();
        row.layer().fields().forEachRemaining(field -> {
            String key = field.getKey();
            boolean isDefault = key.equals("useBias") && field.getValue().asBoolean(true)
                    || key.equals("activation") && field.getValue().asText().equals("linear");
            if (!List.of("type", "name").contains(key) && !isDefault) {
                String value = key.equals("inputs") ? branches(field.getValue()) : WindowText.format(field.getValue());
                parts.add(getTranslation("calculator.field." + key) + " " + value);
            }
        });
        return String.join(", ", parts);
    }

    private static String branches(com.fasterxml.jackson.databind.JsonNode inputs) {
        List<String> names = new ArrayList<>();
        inputs.forEach(n -> names.add(n.asText()));
        return String.join(" + ", names);
    }

    private static String figure(Row row, java.util.function.Function<LayerSummary, String> f) {
        return row.figures() == null ? "—" : f.apply(row.figures());
    }

    @Override
    public String getPageTitle() {
        return Titles.of(this, "nav.calculator");
    }
}
