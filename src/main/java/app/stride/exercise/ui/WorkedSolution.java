package app.stride.exercise.ui;

import app.stride.engine.Derivation;
import app.stride.exercise.Exercise;
import app.stride.exercise.SolutionText;
import com.vaadin.flow.component.html.Div;

/**
 * An exercise's worked solution with the student's own numbers: each step in words, then its
 * arithmetic on a line of its own. Practice and the quiz review show it the same way.
 */
public class WorkedSolution extends Div {

    public WorkedSolution(Exercise exercise) {
        addClassName("stride-solution");
        for (Derivation step : exercise.solution()) {
            add(new Div(SolutionText.words(step, getLocale())));
            if (!step.formula().isEmpty()) {
                Div formula = new Div(step.formula());
                formula.addClassName("stride-formula");
                add(formula);
            }
        }
    }
}
