package app.stride.quiz;

import app.stride.bank.QuestionBank;
import app.stride.exercise.Exercise;
import app.stride.grading.Feedback;
import app.stride.grading.PartResult;
import app.stride.practice.PracticeService;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing an attempt in: every question graded, the score kept, and a mock exam's answered
 * questions recorded as the student's practice. The student does it, or the deadline does it for them;
 * so it belongs to no user's session and has no method security of its own.
 */
@Component
@Transactional
class QuizSubmission {

    /** Network slack for an answer sent in the last moment. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final QuizRepository quizzes;
    private final QuestionBank bank;
    private final PracticeService practice;

    QuizSubmission(QuizRepository quizzes, QuestionBank bank, PracticeService practice) {
        this.quizzes = quizzes;
        this.bank = bank;
        this.practice = practice;
    }

    static boolean expired(QuizAttempt a, Instant now) {
        return now.isAfter(a.getDeadline().plus(GRACE));
    }

    void handIn(QuizAttempt a, Instant at, boolean automatically) {
        double total = 0;
        for (QuizQuestion q : a.getQuestions()) {
            total += grade(q);
        }
        a.submit(at, automatically, a.getQuestions().isEmpty() ? 0 : total / a.getQuestions().size());
        Quiz quiz = quizzes.findById(a.getQuizId()).orElseThrow();
        if (quiz.isExam()) {
            // an answered question is evidence of what the student can do; a blank one (an exam
            // opened to have a look, then left) says nothing, and must not drag mastery down
            for (QuizQuestion q : a.getQuestions()) {
                if (q.typed().values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                    practice.record(a.getUserId(), exercise(q), q.typed(), 0, "exam");
                }
            }
        }
    }

    /** A question's score, weighted over its parts; in a quiz an unreadable answer is a wrong one. */
    double grade(QuizQuestion q) {
        Exercise exercise = exercise(q);
        Feedback feedback = bank.grade(exercise, q.typed());
        double score = 0;
        double weights = 0;
        String mistake = null;
        for (PartResult part : feedback.parts()) {
            double weight = exercise.template().part(part.partId()).weight();
            score += weight * part.score();
            weights += weight;
            if (mistake == null) {
                mistake = part.misconceptionId();
            }
        }
        double value = weights == 0 ? 0 : score / weights;
        q.grade(value, mistake);
        return value;
    }

    Exercise exercise(QuizQuestion q) {
        return bank.generate(q.getTemplateId(), q.getSeed());
    }
}
