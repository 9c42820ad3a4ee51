package app.stride.practice;

import app.stride.bank.StoredExercise;
import app.stride.exercise.Exercise;
import app.stride.grading.Feedback;
import java.util.Locale;
import java.util.Map;

/**
 * Answers graded outside practice (a quiz's or a mock exam's, when it is handed in) that move the
 * student's mastery. Published by the server code that grades them, in its transaction; no
 * service takes the student's id from a caller. {@code stored} is the exercise as its attempt
 * keeps it, which the practice attempt keeps too. {@code asAttempt}: also kept as a practice
 * attempt, which its student may reopen with its key and worked solution — a mock exam's, whose
 * review is the student's own; never a class quiz's, whose keys must stay in the quiz.
 * {@code typedIn}: the language the answers were typed in, kept with them so that a review reads
 * their numbers the same way.
 */
public record GradedElsewhere(long userId, Exercise exercise, StoredExercise stored, Map<String, String> typed,
                              Feedback feedback, String source, boolean asAttempt, Locale typedIn) {

    public GradedElsewhere {
        typed = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(typed));
    }

}
