package app.stride.quiz.ui;

import app.stride.exercise.Exercise;
import app.stride.exercise.ui.ExerciseFigure;
import app.stride.exercise.ui.ExercisePrompt;
import app.stride.shell.StaticText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;

/**
 * A question as every quiz page starts it: its heading, its prompt with the student's numbers and
 * its picture, as practice shows them. The answer form, the review and the teacher's preview go on
 * from here.
 */
class QuestionCard extends Div {

    QuestionCard(Component heading, Exercise exercise) {
        addClassName("stride-exercise");
        add(heading, new ExercisePrompt(exercise));
        ExerciseFigure.question(exercise).ifPresent(this::add);
    }

    /** The heading on a page of its own. */
    static H2 heading(String text) {
        return StaticText.of(new H2(), text);
    }

    /** A translation for a constructor's arguments, before the component itself can ask. */
    static String translated(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    /** The heading inside a dialog, whose title is the level above it. */
    static H3 subheading(String text) {
        return StaticText.of(new H3(), text);
    }
}
