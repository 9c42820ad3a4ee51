package app.stride.quiz.ui;

import app.stride.bank.StoredExercise;
import app.stride.exercise.Exercise;
import app.stride.exercise.ui.AnswerField;
import app.stride.exercise.ui.AnswerForm;
import app.stride.quiz.AttemptSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.function.SerializableConsumer;
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
        Optional<String> readingProblem(String templateId, long seed, StoredExercise drawn, String partId,
                                        String value);
    }

    private final AnswerForm form;

    AnswerCard(int number, AttemptSheet.Question q, Exercise exercise, Answers answers,
               SerializableConsumer<Long> check) {
        super(heading(translated("quiz.question", number)), exercise);
        long questionId = q.id();
        String templateId = q.templateId();
        long seed = q.seed();
        // null but for a question drawn before its template changed, which is read as it was drawn
        StoredExercise drawn = q.drawn();
        // the question's own id orders its options: the same on every reload of this attempt, another in the next
        form = new AnswerForm(exercise, q.id(), q.typed(), q.position() + "-", AnswerForm.Mode.AS_TYPED);
        form.onTyped((partId, value) -> {
            // a choice always reads; a typed answer may not, and the student is told at once
            if (answers.typed(questionId, partId, value) && form.inputs().get(partId) instanceof AnswerField) {
                form.showProblem(partId, answers.readingProblem(templateId, seed, drawn, partId, value).orElse(null));
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
     * Shows what the server has saved for this question, where it differs, except in the part the
     * student has just typed into: another window's answers come in without the page being rebuilt
     * under the student's fingers.
     */
    void showSaved(Map<String, String> typed, String exceptPart) {
        form.show(typed, exceptPart);
    }
}
