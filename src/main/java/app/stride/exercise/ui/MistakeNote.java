package app.stride.exercise.ui;

import app.stride.exercise.Text;
import app.stride.shell.StaticText;
import com.vaadin.flow.component.html.Div;

/** What the grader recognised in a wrong answer, in the catalogue's words; the same in practice and quizzes. */
public class MistakeNote extends Div {

    public MistakeNote(String misconceptionId, Text text) {
        StaticText.of(this, text.in(getLocale()));
        addClassName("stride-misconception");
        getElement().setAttribute("data-misconception", misconceptionId);
    }
}
