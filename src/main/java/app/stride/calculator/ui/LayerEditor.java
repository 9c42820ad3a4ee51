package app.stride.calculator.ui;

import app.stride.engine.Activation;
import app.stride.engine.FieldType;
import app.stride.engine.LayerField;
import app.stride.engine.LayerKind;
import app.stride.engine.LayerKinds;
import app.stride.engine.Padding;
import app.stride.engine.Window;
import app.stride.shell.BuiltInTexts;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The form for one layer, with an input for each field its kind has ({@link LayerKinds}). Each
 * field checks its own value (a readable message on the field) and only a valid value reaches
 * the layer's JSON; whether the layer fits the model is the engine's to say, and the view puts
 * that message on the field it names.
 */
class LayerEditor extends FormLayout {

    final Map<String, Component> fields = new LinkedHashMap<>();
    private final ObjectNode layer;
    private final Runnable onChange;

    LayerEditor(ObjectNode layer, String shownName, List<String> earlier, Runnable onChange) {
        this.layer = layer;
        this.onChange = onChange;
        addClassName("stride-layer-editor");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("28em", 2), new ResponsiveStep("44em", 3));
        String type = layer.path("type").asText();

        TextField name = new TextField(getTranslation("calculator.field.name"));
        name.setValue(layer.path("name").asText(""));
        name.setPlaceholder(shownName);
        name.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        name.addValueChangeListener(e -> {
            if (e.getValue().isBlank()) {
                layer.remove("name");
            } else {
                layer.put("name", e.getValue().strip());
            }
            onChange.run();
        });
        add("name", name);

        Optional<LayerKind> kind = LayerKinds.of(type);
        for (LayerField field : kind.map(LayerKind::fields).orElse(List.of())) {
            switch (field.type()) {
                case COUNT -> count(field);
                case WINDOW -> window(field);
                case PADDING -> padding(field);
                case FLAG -> flag(field);
                case FRACTION -> fraction(field);
                case LAYERS -> branches(field.name(), earlier);
                case NUMBER -> { }  // changes no figure, so the form does not offer it
            }
        }
        kind.filter(k -> k.activated() != LayerKind.Activated.NO).ifPresent(this::activation);
        if (kind.map(LayerKind::takesFrom).orElse(true)) {
            from(earlier);
        }
    }

    /** Puts the engine's message on the field it is about; false if this form has no such field. */
    boolean showProblem(String field, String message) {
        if (fields.get(field) instanceof HasValidation validated) {
            validated.setErrorMessage(message);
            validated.setInvalid(true);
            return true;
        }
        return false;
    }

    void clearProblems() {
        fields.values().forEach(f -> {
            if (f instanceof HasValidation validated) {
                validated.setInvalid(false);
            }
        });
    }

    private void add(String key, Component field) {
        fields.put(key, field);
        field.getElement().setAttribute("data-field", key);
        add(field);
    }

    private String label(String field) {
        return getTranslation("calculator.field." + field);
    }

    private void count(LayerField field) {
        String name = field.name();
        IntegerField input = new IntegerField(label(name));
        input.setMin((int) field.type().min());
        // judged here, with this form's message: the field's own check would replace it
        input.setManualValidation(true);
        input.setStepButtonsVisible(true);
        input.setValue(layer.path(name).asInt(field.start() instanceof Integer start ? start : (int) field.type().min()));
        input.addValueChangeListener(e -> {
            if (e.getValue() == null || !field.type().accepts(e.getValue())) {
                invalid(input, "calculator.error.positive");
                return;
            }
            input.setInvalid(false);
            layer.put(name, e.getValue());
            onChange.run();
        });
        add(name, input);
    }

    /** A window; left empty, it takes its default (a stride of 1, or the pool) where it has one. */
    private void window(LayerField field) {
        String name = field.name();
        String placeholder = field.sameAs() != null ? WindowText.format(layer.get(field.sameAs()))
                : field.fallback() instanceof Window w ? w.toString() : null;
        TextField input = new TextField(label(name));
        input.setValue(WindowText.format(layer.get(name)));
        input.setHelperText(getTranslation("calculator.field.window.help"));
        if (placeholder != null) {
            input.setPlaceholder(placeholder);
        }
        input.addValueChangeListener(e -> {
            if (e.getValue().isBlank() && !field.required()) {
                layer.remove(name);
                input.setInvalid(false);
                onChange.run();
                return;
            }
            int[] window = WindowText.parse(e.getValue());
            if (window == null) {
                invalid(input, "calculator.error.window");
                return;
            }
            input.setInvalid(false);
            if (window[0] == window[1]) {
                layer.put(name, window[0]);
            } else {
                layer.putArray(name).add(window[0]).add(window[1]);
            }
            onChange.run();
        });
        add(name, input);
    }

    private void padding(LayerField field) {
        String name = field.name();
        Select<String> input = new Select<>();
        input.setLabel(label(name));
        input.setItems(Arrays.stream(Padding.values()).map(Padding::key).toList());
        input.setItemLabelGenerator(p -> getTranslation("calculator.padding." + p));
        input.setValue(layer.path(name).asText(((Padding) field.fallback()).key()));
        input.addValueChangeListener(e -> {
            layer.put(name, e.getValue());
            onChange.run();
        });
        add(name, input);
    }

    private void flag(LayerField field) {
        String name = field.name();
        Checkbox input = new Checkbox(label(name), layer.path(name).asBoolean((Boolean) field.fallback()));
        input.addValueChangeListener(e -> {
            layer.put(name, e.getValue());
            onChange.run();
        });
        add(name, input);
    }

    private void activation(LayerKind kind) {
        Select<String> input = new Select<>();
        input.setLabel(label("activation"));
        input.setItems(LayerKinds.activations().stream().map(Activation::key).toList());
        Activation shown = kind.activated() == LayerKind.Activated.REQUIRED ? kind.startActivation() : Activation.LINEAR;
        input.setValue(layer.path("activation").asText(shown.key()));
        input.addValueChangeListener(e -> {
            layer.put("activation", e.getValue());
            onChange.run();
        });
        add("activation", input);
    }

    private void fraction(LayerField field) {
        String name = field.name();
        FieldType type = field.type();
        NumberField input = new NumberField(label(name));
        input.setMin(type.min());
        input.setMax(type.largestOffered());
        input.setStep(type.step());
        input.setManualValidation(true);
        input.setValue(layer.path(name).asDouble(field.start() instanceof Double start ? start : type.min()));
        input.addValueChangeListener(e -> {
            if (e.getValue() == null || !type.accepts(e.getValue())) {
                invalid(input, "calculator.error.rate");
                return;
            }
            input.setInvalid(false);
            layer.put(name, e.getValue());
            onChange.run();
        });
        add(name, input);
    }

    private void from(List<String> earlier) {
        ComboBox<String> input = new ComboBox<>(label("from"));
        input.setItems(earlier);
        input.setPlaceholder(getTranslation("calculator.field.from.previous"));
        input.setClearButtonVisible(true);
        input.setValue(layer.hasNonNull("from") ? layer.get("from").asText() : null);
        input.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                layer.remove("from");
            } else {
                layer.put("from", e.getValue());
            }
            onChange.run();
        });
        add("from", input);
    }

    private void branches(String name, List<String> earlier) {
        MultiSelectComboBox<String> input = BuiltInTexts.of(new MultiSelectComboBox<>(label(name)));
        input.setItems(earlier);
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        layer.withArray(name).forEach(n -> chosen.add(n.asText()));
        input.setValue(chosen);
        input.addValueChangeListener(e -> {
            ArrayNode inputs = layer.putArray(name);
            earlier.stream().filter(e.getValue()::contains).forEach(inputs::add);
            onChange.run();
        });
        add(name, input);
    }

    private void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
