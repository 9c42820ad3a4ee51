package app.stride.exercise.ui;

import app.stride.exercise.Text;
import com.vaadin.flow.component.html.Div;

/** What the grader recognised in a wrong answer, in the catalogue's words; the same in practice and quizzes. */
public class MistakeNote extends Div {

    public MistakeNote(String misconceptionId, Text text) {
        setText(text.in(getLocale()));
        addClassName("stride-misconception");
        getElement().setAttribute("data-misconception", misconceptionId);
    }
}
