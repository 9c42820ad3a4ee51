package app.stride.quiz;

import app.stride.bank.StoredExercise;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An attempt as its student or its teacher reads it, as it stood when read: the rules of its
 * quiz that apply to it, and every question with the answers saved for it.
 *
 * @param version     what the attempt's view sends back with an autosave, so a tab that saw an
 *                    older state is told
 * @param quizTitle   null for a mock exam, whose title a view words in the reader's language
 * @param timeUp      the deadline and its grace have passed but nobody has handed it in yet:
 *                    a view hands it in ({@link QuizTakingService#timeUp}) before showing it
 * @param timeLeft    by the server's clock, for a countdown that does not trust the browser's
 */
public record AttemptSheet(long id, long version, String quizTitle, boolean exam, FeedbackPolicy policy,
                           Instant deadline, Instant submittedAt, boolean autoSubmitted, Double score,
                           boolean feedbackVisible, boolean timeUp, Duration timeLeft, List<Question> questions) {

    public AttemptSheet {
        questions = List.copyOf(questions);
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    /**
     * One question as (template, seed), which regenerates its exercise, with its grade once
     * graded and what was typed per part. {@code drawn}: the exercise as drawn, kept only when the
     * bank no longer draws it so (its template has changed since); null otherwise, which keeps a
     * sheet in a session small. {@code languages}: the language each part's answer was typed in,
     * which decides how its numbers read; a part missing from it was typed in English.
     */
    public record Question(long id, int position, String templateId, long seed, Double score, String misconception,
                           Map<String, String> typed, Map<String, Locale> languages, StoredExercise drawn,
                           Map<String, Mark> marks) {

        public Question {
            typed = Map.copyOf(typed);
            languages = Map.copyOf(languages);
            marks = Map.copyOf(marks);
        }

        /** A question without a teacher's marks. */
        public Question(long id, int position, String templateId, long seed, Double score, String misconception,
                        Map<String, String> typed, Map<String, Locale> languages, StoredExercise drawn) {
            this(id, position, templateId, seed, score, misconception, typed, languages, drawn, Map.of());
        }

        /** The teacher's mark for a part, if they set one. */
        public java.util.Optional<Mark> mark(String partId) {
            return java.util.Optional.ofNullable(marks.get(partId));
        }

        /** The language the part's answer was typed in. */
        public Locale typedIn(String partId) {
            return languages.getOrDefault(partId, Locale.ENGLISH);
        }

        public boolean graded() {
            return score != null;
        }
    }

    /** A teacher's mark for one part (0..1), over the grader's, with the comment the student reads. */
    public record Mark(double score, String comment) {
    }
}
