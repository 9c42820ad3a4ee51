package app.stride.quiz.ui;

import app.stride.bank.StoredExercise;
import app.stride.exercise.Exercise;
import app.stride.exercise.PartSpec;
import app.stride.exercise.Template;
import app.stride.exercise.ui.AnswerField;
import app.stride.exercise.ui.AnswerForm;
import app.stride.exercise.ui.AnswerInput;
import app.stride.exercise.ui.ReadingChoices;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import app.stride.grading.Reading;
import app.stride.grading.ReadingText;
import app.stride.quiz.AttemptSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A question being answered: its picture and the answer form, each answer handed to the page the
 * moment it is typed. The card keeps only ids and its form, not the question: every student's
 * open page keeps it.
 */
class AnswerCard extends QuestionCard {

    /** What the page does with an answer: saves it, and says whether it went into the attempt as shown. */
    interface Answers {
        boolean typed(long questionId, String partId, String value);

        /** How the answer reads, if it reads two ways or not at all; never whether it is right. */
        Optional<PartResult> readingProblem(String templateId, long seed, StoredExercise drawn, String partId,
                                            String value);

        /** What the field says about such an answer. */
        String problemText(String templateId, long seed, StoredExercise drawn, String value, PartResult problem);
    }

    private final AnswerForm form;
    /** Per part that reads two ways, the buttons to say which was meant; made only when needed. */
    private final Map<String, Div> readings = new HashMap<>();

    AnswerCard(int number, AttemptSheet.Question q, Exercise exercise, Answers answers,
               SerializableConsumer<Long> check) {
        super(heading(translated("quiz.question", number)), exercise);
        long questionId = q.id();
        String templateId = q.templateId();
        long seed = q.seed();
        // null but for a question drawn before its template changed, which is read as it was drawn
        StoredExercise drawn = q.drawn();
        // the template as the card shows it (the bank's own, shared by every page, unless drawn
        // before it changed): the card keeps no exercise of its own
        Template template = exercise.template();
        // the question's own id orders its options: the same on every reload of this attempt, another in the next
        form = new AnswerForm(exercise, q.id(), q.typed(), q.position() + "-", AnswerForm.Mode.AS_TYPED);
        form.onTyped((partId, value) -> {
            // a choice always reads; a typed answer may not, and the student is told at once
            if (answers.typed(questionId, partId, value) && form.inputs().get(partId) instanceof AnswerField) {
                Optional<PartResult> problem = answers.readingProblem(templateId, seed, drawn, partId, value);
                form.showProblem(partId, problem.map(r -> answers.problemText(templateId, seed, drawn, value, r))
                        .orElse(null));
                offerReadings(template, questionId, partId, problem.filter(r -> r.outcome() == Outcome.AMBIGUOUS)
                        .map(PartResult::readings).orElse(List.of()), answers);
            }
        });
        add(form);
        if (check != null) {
            Button button = new Button(getTranslation("quiz.check"), click -> check.accept(questionId));
            button.getElement().setAttribute("data-check", String.valueOf(q.position()));
            add(button);
        }
    }

    /**
     * An answer that reads two ways gets a button per reading, as in practice: choosing one writes
     * it so that it reads one way only and saves that, so no right answer waits for hand-in to be
     * counted wrong for how it was written.
     */
    private void offerReadings(Template template, long questionId, String partId, List<Reading> options,
                               Answers answers) {
        Div offered = readings.remove(partId);
        if (offered != null) {
            offered.removeFromParent();
        }
        if (options.isEmpty()) {
            return;
        }
        AnswerField field = (AnswerField) form.inputs().get(partId);
        PartSpec spec = template.part(partId);
        List<ReadingChoices.Option> choices = options.stream().map(r -> new ReadingChoices.Option(
                ReadingText.shown(spec, r, getLocale()), ReadingText.typed(spec, r, getLocale()))).toList();
        ReadingChoices ask = new ReadingChoices(choices, unambiguous -> {
            field.show(unambiguous);
            if (answers.typed(questionId, partId, unambiguous)) {
                form.showProblem(partId, null);
                offerReadings(template, questionId, partId, List.of(), answers);
            }
        });
        form.addComponentAtIndex(form.indexOf(field) + 1, ask);
        readings.put(partId, ask);
    }

    /**
     * Shows what the server has saved for this question, where it differs, except in the part the
     * student has just typed into: another window's answers come in without the page being rebuilt
     * under the student's fingers.
     */
    void showSaved(Map<String, String> typed, String exceptPart) {
        form.show(typed, exceptPart);
    }

    /** The card's first answer box, or option, takes the keyboard. */
    void focusFirstAnswer() {
        form.inputs().values().stream().findFirst().ifPresent(AnswerInput::takeFocus);
    }
}
