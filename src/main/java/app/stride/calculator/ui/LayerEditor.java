package app.stride.calculator.ui;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form for one layer. Each field checks its own value (a readable message on the field)
 * and only a valid value reaches the layer's JSON; whether the layer fits the model is the
 * engine's to say, and the view puts that message on the field it names.
 */
class LayerEditor extends FormLayout {

    private static final List<String> ACTIVATIONS = List.of("linear", "relu", "sigmoid", "tanh", "softmax");

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

        switch (type) {
            case "conv2d" -> {
                positive("filters");
                window("kernel", null);
                window("stride", "1");
                padding();
                useBias();
                activation(false);
            }
            case "maxpool2d", "avgpool2d" -> {
                window("pool", null);
                window("stride", WindowText.format(layer.get("pool")));
                padding();
            }
            case "dropout" -> rate();
            case "dense" -> {
                positive("units");
                useBias();
                activation(false);
            }
            case "activation" -> activation(true);
            default -> { }
        }
        if (type.equals("add")) {
            branches(earlier);
        } else {
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

    private void positive(String field) {
        IntegerField input = new IntegerField(label(field));
        input.setMin(1);
        // judged here, with this form's message: the field's own check would replace it
        input.setManualValidation(true);
        input.setStepButtonsVisible(true);
        input.setValue(layer.path(field).asInt(1));
        input.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue() < 1) {
                invalid(input, "calculator.error.positive");
                return;
            }
            input.setInvalid(false);
            layer.put(field, e.getValue());
            onChange.run();
        });
        add(field, input);
    }

    private void window(String field, String placeholder) {
        TextField input = new TextField(label(field));
        input.setValue(WindowText.format(layer.get(field)));
        input.setHelperText(getTranslation("calculator.field.window.help"));
        if (placeholder != null) {
            input.setPlaceholder(placeholder);
        }
        input.addValueChangeListener(e -> {
            if (e.getValue().isBlank() && placeholder != null) {
                layer.remove(field);
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
                layer.put(field, window[0]);
            } else {
                layer.putArray(field).add(window[0]).add(window[1]);
            }
            onChange.run();
        });
        add(field, input);
    }

    private void padding() {
        Select<String> input = new Select<>();
        input.setLabel(label("padding"));
        input.setItems("valid", "same");
        input.setItemLabelGenerator(p -> getTranslation("calculator.padding." + p));
        input.setValue(layer.path("padding").asText("valid"));
        input.addValueChangeListener(e -> {
            layer.put("padding", e.getValue());
            onChange.run();
        });
        add("padding", input);
    }

    private void useBias() {
        Checkbox input = new Checkbox(label("useBias"), layer.path("useBias").asBoolean(true));
        input.addValueChangeListener(e -> {
            layer.put("useBias", e.getValue());
            onChange.run();
        });
        add("useBias", input);
    }

    private void activation(boolean required) {
        Select<String> input = new Select<>();
        input.setLabel(label("activation"));
        input.setItems(ACTIVATIONS);
        input.setValue(layer.path("activation").asText(required ? "relu" : "linear"));
        input.addValueChangeListener(e -> {
            layer.put("activation", e.getValue());
            onChange.run();
        });
        add("activation", input);
    }

    private void rate() {
        NumberField input = new NumberField(label("rate"));
        input.setMin(0);
        input.setMax(0.99);
        input.setStep(0.05);
        input.setManualValidation(true);
        input.setValue(layer.path("rate").asDouble(0.5));
        input.addValueChangeListener(e -> {
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() >= 1) {
                invalid(input, "calculator.error.rate");
                return;
            }
            input.setInvalid(false);
            layer.put("rate", e.getValue());
            onChange.run();
        });
        add("rate", input);
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

    private void branches(List<String> earlier) {
        MultiSelectComboBox<String> input = new MultiSelectComboBox<>(label("inputs"));
        input.setItems(earlier);
        java.util.Set<String> chosen = new java.util.LinkedHashSet<>();
        layer.withArray("inputs").forEach(n -> chosen.add(n.asText()));
        input.setValue(chosen);
        input.addValueChangeListener(e -> {
            ArrayNode inputs = layer.putArray("inputs");
            earlier.stream().filter(e.getValue()::contains).forEach(inputs::add);
            onChange.run();
        });
        add("inputs", input);
    }

    private void invalid(HasValidation field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }
}
