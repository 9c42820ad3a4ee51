package app.stride.exercise;

import app.stride.engine.ByteUnit;
import java.util.List;

/**
 * One answer box as a renderer needs it: its label with the exercise's numbers filled in, what
 * kind of answer it takes, the unit a memory answer is asked in (else null), how exact it must
 * be, a choice question's options in the order the student sees them (else empty), and for a
 * list whether its order counts (a set's does not: the field says so).
 */
public record ExercisePart(String id, Text label, AnswerKind kind, ByteUnit unit, Tolerance tolerance,
                           List<Choice> choices, boolean ordered) {

    public ExercisePart {
        choices = List.copyOf(choices);
    }
}
