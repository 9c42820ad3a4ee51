package app.stride.practice.ui;

import app.stride.bank.QuestionBank;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Choice;
import app.stride.exercise.Exercise;
import app.stride.exercise.KeyText;
import app.stride.exercise.PartSpec;
import app.stride.exercise.ui.MistakeNote;
import app.stride.exercise.ui.WorkedSolution;
import app.stride.exercise.Tolerance;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One exercise: the prompt, a picture where it helps, an input per answer part (with its unit
 * and tolerance), and after submitting the result per part, the feedback on the mistake, and
 * the worked solution. The answer key stays on the server until the student submits.
 */
class ExerciseCard extends Div {

    final Exercise exercise;
    final Map<String, Component> inputs = new LinkedHashMap<>();
    final Map<String, Div> results = new LinkedHashMap<>();
    final Button submit = new Button();
    final Div solution = new Div();
    private final QuestionBank bank;
    private final Consumer<Map<String, String>> onSubmit;

    ExerciseCard(Exercise exercise, QuestionBank bank, Consumer<Map<String, String>> onSubmit) {
        this.exercise = exercise;
        this.bank = bank;
        this.onSubmit = onSubmit;
        addClassName("stride-exercise");
        Span meta = new Span(getTranslation("practice.meta", getTranslation("family." + exercise.template().family()),
                exercise.template().difficulty()));
        meta.addClassName("stride-meta");
        Pre prompt = new Pre(exercise.prompt(getLocale()));
        prompt.addClassName("stride-prompt");
        add(meta, prompt);
        Visuals.of(exercise).ifPresent(this::add);
        Tables.of(exercise, this).ifPresent(this::add);

        Div form = new Div();
        form.addClassName("stride-answers");
        for (PartSpec part : exercise.template().parts()) {
            Component input = input(part);
            inputs.put(part.id(), input);
            Div result = new Div();
            result.addClassName("stride-result");
            result.getElement().setAttribute("aria-live", "polite");
            results.put(part.id(), result);
            form.add(new Div(input, result));
        }
        submit.setText(getTranslation("practice.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> onSubmit.accept(typed()));
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        solution.addClassName("stride-solution");
        add(form, submit, solution);
    }

    private Component input(PartSpec part) {
        String label = exercise.label(part, getLocale());
        if (part.kind() == AnswerKind.CHOICE) {
            RadioButtonGroup<String> choices = new RadioButtonGroup<>(label);
            // one option per line: the options are sentences, read best one under the other
            choices.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            choices.setItems(exercise.template().choices().stream().map(Choice::id).toList());
            choices.setItemLabelGenerator(id -> exercise.template().choiceText(id, getLocale()));
            choices.addClassName("stride-choices");
            choices.getElement().setAttribute("data-part", part.id());
            return choices;
        }
        TextField field = new TextField(label);
        field.setMaxLength(200);
        field.setHelperText(help(part));
        field.setClearButtonVisible(true);
        field.getElement().setAttribute("data-part", part.id());
        field.getElement().setAttribute("autocomplete", "off");
        return field;
    }

    private String help(PartSpec part) {
        String tolerance = tolerance(part.tolerance());
        return switch (part.kind()) {
            case BYTES -> getTranslation("practice.help.bytes", part.unit().symbol(), tolerance);
            case LIST -> getTranslation("practice.help.list");
            default -> getTranslation("practice.help.number", tolerance);
        };
    }

    private String tolerance(Tolerance t) {
        if (t.isExact()) {
            return getTranslation("bank.tolerance.exact");
        }
        return t.relative() > 0 ? getTranslation("bank.tolerance.relative", t.relative() * 100)
                : getTranslation("bank.tolerance.absolute", t.absolute());
    }

    @SuppressWarnings("unchecked")
    Map<String, String> typed() {
        Map<String, String> typed = new LinkedHashMap<>();
        inputs.forEach((part, input) -> {
            String value = input instanceof TextField field ? field.getValue()
                    : ((RadioButtonGroup<String>) input).getValue();
            typed.put(part, value == null ? "" : value);
        });
        return typed;
    }

    /** Fills in answers typed earlier (a reviewed attempt). */
    @SuppressWarnings("unchecked")
    void fill(Map<String, String> typed) {
        typed.forEach((part, text) -> {
            Component input = inputs.get(part);
            if (input instanceof TextField field) {
                field.setValue(text == null ? "" : text);
            } else if (input instanceof RadioButtonGroup<?> group && text != null && !text.isEmpty()) {
                ((RadioButtonGroup<String>) group).setValue(text);
            }
        });
    }

    /** Shows the grade of each part; after a graded attempt also the worked solution. */
    void show(Feedback feedback, boolean graded) {
        for (PartResult part : feedback.parts()) {
            Div result = results.get(part.partId());
            result.removeAll();
            result.getElement().setAttribute("data-outcome", part.outcome().name().toLowerCase());
            Component input = inputs.get(part.partId());
            if (input instanceof TextField field) {
                field.setInvalid(part.outcome() == Outcome.INVALID);
                field.setErrorMessage(part.outcome() == Outcome.INVALID ? getTranslation(part.reasonKey()) : null);
            }
            switch (part.outcome()) {
                case INVALID -> { }
                case AMBIGUOUS -> result.add(clarify(part, (TextField) input));
                default -> {
                    result.add(new Span(getTranslation("practice.outcome." + part.outcome().name().toLowerCase())));
                    if (part.misconceptionId() != null) {
                        bank.misconceptionText(exercise.template(), part.misconceptionId())
                                .ifPresent(text -> result.add(new MistakeNote(part.misconceptionId(), text)));
                    }
                    if (part.outcome() != Outcome.CORRECT && part.outcome() != Outcome.CARRIED_FORWARD) {
                        Div key = new Div(getTranslation("practice.expected", expected(part.partId())));
                        key.addClassName("stride-key");
                        result.add(key);
                    }
                }
            }
        }
        if (graded) {
            submit.setEnabled(false);
            showSolution();
        }
    }

    private Component clarify(PartResult part, TextField field) {
        Div ask = new Div(new Span(getTranslation("practice.ambiguous")));
        ask.addClassName("stride-ambiguous");
        NumberFormat plain = NumberFormat.getNumberInstance(getLocale());
        plain.setMaximumFractionDigits(10);
        boolean bytes = exercise.template().part(part.partId()).kind() == AnswerKind.BYTES;
        for (BigDecimal reading : part.readings()) {
            String shown = plain.format(reading) + (bytes ? " B" : "");
            Button choose = new Button(shown, click -> {
                // write the chosen reading so that it cannot be read two ways, then grade again
                BigDecimal r = reading.stripTrailingZeros();
                String text = r.scale() == 3 ? r.setScale(4).toPlainString() : r.toPlainString();
                field.setValue(bytes ? text + " B" : text);
                onSubmit.accept(typed());
            });
            choose.addThemeVariants(ButtonVariant.LUMO_SMALL);
            ask.add(choose);
        }
        return ask;
    }

    private String expected(String partId) {
        return KeyText.of(exercise, partId, getLocale());
    }

    private void showSolution() {
        Div steps = new Div(new WorkedSolution(exercise));
        if (exercise.template().family().equals("nms")) {
            steps.add(new NmsStepper(exercise));
        }
        Details details = new Details(getTranslation("practice.solution"), steps);
        details.setOpened(true);
        solution.removeAll();
        solution.add(details);
    }

    List<String> partIds() {
        return List.copyOf(inputs.keySet());
    }
}
