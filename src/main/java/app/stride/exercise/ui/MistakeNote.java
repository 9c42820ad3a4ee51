package app.stride.exercise.ui;

import app.stride.exercise.Exercise;
import app.stride.exercise.Text;
import app.stride.shell.StaticText;
import com.vaadin.flow.component.html.Div;
import java.util.Optional;

/** What the grader recognised in a wrong answer, in the catalogue's words; the same in practice and quizzes. */
public class MistakeNote extends Div {

    public MistakeNote(String misconceptionId, Text text) {
        StaticText.of(this, text.in(getLocale()));
        addClassName("stride-misconception");
        getElement().setAttribute("data-misconception", misconceptionId);
    }

    private MistakeNote(Text why, String choiceId) {
        StaticText.of(this, why.in(getLocale()));
        addClassName("stride-misconception");
        getElement().setAttribute("data-choice", choiceId);
    }

    /** Why the option a student picked is wrong, where the question has words for it. */
    public static Optional<MistakeNote> wrongChoice(Exercise exercise, String chosenId) {
        return exercise.template().why(chosenId == null ? "" : chosenId.strip()).map(why -> new MistakeNote(why, chosenId.strip()));
    }
}
