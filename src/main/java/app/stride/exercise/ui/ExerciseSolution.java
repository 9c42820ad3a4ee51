package app.stride.exercise.ui;

import app.stride.exercise.Exercise;
import com.vaadin.flow.component.html.Div;

/** The worked solution, with the picture that goes with it where there is one (NMS step by step). */
public class ExerciseSolution extends Div {

    public ExerciseSolution(Exercise exercise) {
        add(new WorkedSolution(exercise));
        ExerciseFigure.solution(exercise).ifPresent(this::add);
    }
}
