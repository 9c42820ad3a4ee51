package app.stride.exercise.ui;

import app.stride.exercise.Exercise;
import app.stride.shell.StaticText;
import com.vaadin.flow.component.html.Pre;

/** An exercise's question with its numbers, as practice, quizzes and the previews show it. */
public class ExercisePrompt extends Pre {

    public ExercisePrompt(Exercise exercise) {
        addClassName("stride-prompt");
        StaticText.of(this, exercise.prompt(getLocale()));
    }
}
