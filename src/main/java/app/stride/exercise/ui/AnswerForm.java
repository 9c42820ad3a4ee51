package app.stride.exercise.ui;

import app.stride.exercise.AnswerKind;
import app.stride.exercise.Choice;
import app.stride.exercise.Exercise;
import app.stride.exercise.ExercisePart;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer boxes of an exercise, the same in practice, quizzes, the mock exam and the teacher's
 * preview: a box per part with its label, its unit and how exact it must be, or the options of a
 * choice question one under the other; where the page answers at once, beside each box a place
 * for what it says about the answer.
 * Practice reads the boxes when the student checks; a quiz hands each answer over as it is typed.
 * The form keeps its boxes and part ids, not the exercise: every student's open quiz keeps it.
 */
public class AnswerForm extends Div {

    /** When the page hears of an answer. */
    public enum Mode {
        /** Read when the student asks to check (practice, the teacher's preview). */
        ON_CHECK,
        /** Handed over each time the student pauses typing or chooses (a quiz). */
        AS_TYPED
    }

    private final Map<String, AnswerInput> inputs = new LinkedHashMap<>();
    private final Map<String, Div> results = new LinkedHashMap<>();
    private SerializableBiConsumer<String, String> typed = (part, value) -> { };

    /**
     * @param viewer     whose order a choice question's options come in ({@link app.stride.exercise.ChoiceOrder})
     * @param saved      what was typed before, per part; missing parts start empty
     * @param dataPrefix put before each part id in the box's {@code data-part}, so that the boxes
     *                   of several questions on one page stay apart ("" for a page of one)
     */
    public AnswerForm(Exercise exercise, long viewer, Map<String, String> saved, String dataPrefix, Mode mode) {
        addClassName("stride-answers");
        for (ExercisePart part : exercise.parts(viewer)) {
            String value = saved.getOrDefault(part.id(), "");
            String label = part.label().in(getLocale());
            String partId = part.id();
            Component input;
            if (part.kind() == AnswerKind.CHOICE) {
                Map<String, String> options = new LinkedHashMap<>();
                for (Choice c : part.choices()) {
                    options.put(c.id(), c.text().in(getLocale()));
                }
                ChoiceField choices = new ChoiceField(label, options, value);
                choices.addClassName("stride-choices");
                choices.onChosen(chosen -> typed.accept(partId, chosen));
                inputs.put(partId, choices);
                input = choices;
            } else {
                AnswerField field = new AnswerField(label, value);
                field.setHelperText(help(part));
                field.getElement().setAttribute("autocomplete", "off");
                if (mode == Mode.AS_TYPED) {
                    field.onTyped(text -> typed.accept(partId, text));
                } else {
                    field.syncOnCommit();
                }
                inputs.put(partId, field);
                input = field;
            }
            input.getElement().setAttribute("data-part", dataPrefix + partId);
            if (mode == Mode.AS_TYPED) {
                // a quiz says nothing beside a box until it is handed in: no place kept for it on every open page
                add(input);
                continue;
            }
            Div result = new Div();
            result.addClassName("stride-result");
            result.getElement().setAttribute("aria-live", "polite");
            results.put(partId, result);
            add(new Div(input, result));
        }
    }

    /** {@code listener} hears each answer the student types or chooses: the part's id and the text. */
    public void onTyped(SerializableBiConsumer<String, String> listener) {
        typed = listener;
    }

    /** The boxes by part id, in the exercise's order. */
    public Map<String, AnswerInput> inputs() {
        return Collections.unmodifiableMap(inputs);
    }

    /** What the boxes hold now, by part id; an empty box gives "". */
    public Map<String, String> typed() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((part, input) -> values.put(part, input.getValue()));
        return values;
    }

    /** The place beside a part's box for what the page says about its answer; none in {@link Mode#AS_TYPED}. */
    public Div result(String partId) {
        return results.get(partId);
    }

    /** Puts the server's values into the boxes, except the one the student is typing in (null: none). */
    public void show(Map<String, String> values, String exceptPart) {
        inputs.forEach((part, input) -> {
            if (!part.equals(exceptPart)) {
                input.show(values.getOrDefault(part, ""));
            }
        });
    }

    /** Shows why a part's answer cannot be read on its box, or clears it (null). */
    public void showProblem(String partId, String message) {
        if (inputs.get(partId) instanceof AnswerField field) {
            field.showProblem(message);
        }
    }

    private String help(ExercisePart part) {
        String tolerance = ToleranceText.of(this, part.tolerance());
        return switch (part.kind()) {
            case BYTES -> getTranslation("practice.help.bytes", part.unit().symbol(), tolerance);
            case LIST -> getTranslation(part.ordered() ? "practice.help.list" : "practice.help.set");
            default -> getTranslation("practice.help.number", tolerance);
        };
    }
}
