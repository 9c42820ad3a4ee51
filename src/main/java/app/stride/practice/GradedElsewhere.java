package app.stride.practice;

import app.stride.bank.StoredExercise;
import app.stride.exercise.Exercise;
import app.stride.grading.Feedback;
import java.util.Locale;
import java.util.Map;

/**
 * Answers graded outside practice (a mock exam's, when it is handed in) that count as the
 * student's practice. Published by the server code that grades them, in its transaction; no
 * service takes the student's id from a caller. {@code stored} is the exercise as its attempt
 * keeps it, which the practice attempt keeps too; {@code typedIn} the language the answers were
 * typed in, kept with them so that a review reads their numbers the same way.
 */
public record GradedElsewhere(long userId, Exercise exercise, StoredExercise stored, Map<String, String> typed,
                              Feedback feedback, String source, Locale typedIn) {

    public GradedElsewhere {
        typed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(typed));
    }

    /** Answers typed in English. */
    public GradedElsewhere(long userId, Exercise exercise, StoredExercise stored, Map<String, String> typed,
                           Feedback feedback, String source) {
        this(userId, exercise, stored, typed, feedback, source, Locale.ENGLISH);
    }
}
