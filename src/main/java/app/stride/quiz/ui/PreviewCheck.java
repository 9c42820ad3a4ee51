package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.exercise.ui.AnswerForm;
import app.stride.exercise.ui.MistakeNote;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import app.stride.grading.PartResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The teacher's Check on a previewed question: the answers typed graded as a student's would be,
 * with the grade and the feedback beside each box. Graded in memory only: a preview keeps no
 * attempt and moves nobody's mastery.
 */
final class PreviewCheck {

    private PreviewCheck() {
    }

    /** Grades the form's answers and writes the outcome of each part beside its box; returns the score. */
    static double show(QuestionBank bank, Exercise exercise, AnswerForm form, java.util.Locale locale) {
        Feedback feedback = bank.grade(exercise, form.typed(), locale);
        for (PartResult part : feedback.parts()) {
            Div result = form.result(part.partId());
            result.getChildren().filter(c -> c.getElement().hasAttribute("data-check")).toList()
                    .forEach(result::remove);
            String text = part.outcome() == Outcome.INVALID || part.outcome() == Outcome.AMBIGUOUS
                    ? form.getTranslation(part.reasonKey() == null ? "grading.invalid.empty" : part.reasonKey())
                    : form.getTranslation("practice.outcome." + part.outcome().name().toLowerCase());
            Span outcome = new Span(text);
            outcome.getElement().setAttribute("data-check", part.outcome().name().toLowerCase());
            result.addComponentAsFirst(outcome);
            if (part.misconceptionId() != null) {
                bank.misconceptionText(exercise, part.partId(), part.misconceptionId()).ifPresent(note -> {
                    MistakeNote mistake = new MistakeNote(part.misconceptionId(), note);
                    mistake.getElement().setAttribute("data-check", "note");
                    result.addComponentAtIndex(1, mistake);
                });
            }
        }
        return feedback.score();
    }
}
