package app.stride.quiz.ui;

import app.stride.bank.QuestionBank;
import app.stride.exercise.AnswerKind;
import app.stride.exercise.Exercise;
import app.stride.exercise.KeyText;
import app.stride.exercise.PartSpec;
import app.stride.exercise.ui.MistakeNote;
import app.stride.exercise.ui.ExerciseSolution;
import app.stride.grading.Feedback;
import app.stride.grading.Outcome;
import app.stride.quiz.AttemptSheet;
import app.stride.shell.StaticText;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One question after handing in — the numbers and the picture, the answers given, the key, the
 * worked solution — as the student reviews it and as the teacher reads the student's attempt.
 */
class AnsweredQuestion extends QuestionCard {

    /** Whom the card is for: a student gets a way to practise it again, a teacher does not need one. */
    enum Reader { STUDENT, TEACHER }

    /** Each part's answer line, where a teacher's "set mark" button goes. */
    final Map<String, Div> marks = new LinkedHashMap<>();

    AnsweredQuestion(int number, AttemptSheet.Question q, Exercise exercise, QuestionBank bank, Reader reader) {
        // a teacher may open an attempt still in progress: its questions have no grade yet
        super(heading(!q.graded() ? translated("quiz.question", number)
                : translated("quiz.question.score", number, Math.round(q.score() * 100))), exercise);
        // each answer read as its student typed it, not as the reader would write it
        Feedback read = bank.grade(exercise, q.typed(), q::typedIn);
        for (PartSpec part : exercise.template().parts()) {
            String given = q.typed().getOrDefault(part.id(), "");
            // a choice is kept by its option's id: the reader is shown the option's words
            String shown = given.isBlank() ? "—" : part.kind() == AnswerKind.CHOICE
                    ? exercise.template().choiceText(given.strip(), getLocale()) : given;
            Outcome outcome = read.part(part.id()).outcome();
            if (!given.isBlank() && (outcome == Outcome.INVALID || outcome == Outcome.AMBIGUOUS)) {
                shown = getTranslation("quiz.review.unreadable", shown);
            }
            Div line = StaticText.of(new Div(), getTranslation(reader == Reader.TEACHER ? "quiz.review.part.teacher"
                    : "quiz.review.part", exercise.label(part, getLocale()), shown,
                    KeyText.of(exercise, part.id(), getLocale())));
            line.addClassName("stride-key");
            line.getElement().setAttribute("data-part", part.id());
            add(line);
            // a teacher's own mark stands over the grader's: the student reads it with its comment
            q.mark(part.id()).ifPresent(mark -> {
                Div marked = StaticText.of(new Div(), getTranslation("quiz.override.shown",
                        NumberFormat.getIntegerInstance(getLocale()).format(Math.round(mark.score() * 100)),
                        mark.comment()));
                marked.addClassName("stride-teacher-mark");
                marked.getElement().setAttribute("data-mark", part.id());
                add(marked);
            });
            // where a teacher's "set mark" goes, beside the answer line rather than in its words
            Div slot = new Div();
            slot.addClassName("stride-mark-slot");
            add(slot);
            marks.put(part.id(), slot);
        }
        if (q.misconception() != null) {
            // the grader's diagnosis of the first wrong part: the same words practice uses, those of
            // the part it was found in (a dense layer's units, not filters)
            String partId = read.parts().stream()
                    .filter(r -> q.misconception().equals(r.misconceptionId())).map(r -> r.partId())
                    .findFirst().orElse(null);
            bank.misconceptionText(exercise, partId, q.misconception()).ifPresent(text -> {
                MistakeNote note = new MistakeNote(q.misconception(), text);
                if (partId != null) {
                    note.getElement().setAttribute("data-part", partId);
                }
                add(note);
            });
        }
        for (PartSpec part : exercise.template().parts()) {
            if (q.graded() && part.kind() == app.stride.exercise.AnswerKind.CHOICE
                    && !exercise.expected(part.id()).choice().equals(q.typed().getOrDefault(part.id(), "").strip())) {
                MistakeNote.wrongChoice(exercise, q.typed().get(part.id())).ifPresent(this::add);
            }
        }
        add(new ExerciseSolution(exercise));
        if (reader == Reader.STUDENT) {
            add(StaticText.of(new Anchor("practice?template=" + exercise.template().id(), ""),
                    getTranslation("exam.again")));
        }
    }
}
