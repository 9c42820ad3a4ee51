package app.stride.quiz;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads an attempt as an {@link AttemptSheet}, in two statements whatever the number of questions. */
@Component
class AttemptSheets {

    /** A sheet with whom it belongs to, for the caller's access check. */
    record Read(long userId, long ownerId, long quizId, AttemptSheet sheet) {
    }

    private final QuizAttemptRepository attempts;
    private final QuizQuestionRepository questions;
    private final Clock clock;

    AttemptSheets(QuizAttemptRepository attempts, QuizQuestionRepository questions, Clock clock) {
        this.attempts = attempts;
        this.questions = questions;
        this.clock = clock;
    }

    Optional<Read> read(long attemptId) {
        return attempts.head(attemptId).map(head -> new Read(head.userId(), head.ownerId(), head.quizId(),
                sheet(head, questions.parts(attemptId))));
    }

    private AttemptSheet sheet(QuizAttemptRepository.Head a, List<QuizQuestionRepository.Part> parts) {
        Instant now = clock.instant();
        boolean exam = a.status() == QuizStatus.EXAM;
        boolean submitted = a.submittedAt() != null;
        Duration left = submitted ? Duration.ZERO : Duration.between(now, a.deadline());
        return new AttemptSheet(a.id(), a.version(), exam ? null : a.title(), exam, a.policy(), a.deadline(),
                a.submittedAt(), a.autoSubmitted(), a.score(),
                Quiz.feedbackVisible(a.policy(), a.closesAt(), submitted, now),
                !submitted && QuizSubmission.expired(a.deadline(), now),
                left.isNegative() ? Duration.ZERO : left, questionsOf(parts));
    }

    /** The rows come one per saved part (or one with no part), ordered by question. */
    private static List<AttemptSheet.Question> questionsOf(List<QuizQuestionRepository.Part> parts) {
        List<AttemptSheet.Question> out = new ArrayList<>();
        QuizQuestionRepository.Part first = null;
        Map<String, String> typed = new LinkedHashMap<>();
        for (QuizQuestionRepository.Part p : parts) {
            if (first != null && first.questionId() != p.questionId()) {
                out.add(question(first, typed));
                typed = new LinkedHashMap<>();
            }
            if (first == null || first.questionId() != p.questionId()) {
                first = p;
            }
            if (p.partId() != null) {
                typed.put(p.partId(), p.typed());
            }
        }
        if (first != null) {
            out.add(question(first, typed));
        }
        return out;
    }

    private static AttemptSheet.Question question(QuizQuestionRepository.Part p, Map<String, String> typed) {
        return new AttemptSheet.Question(p.questionId(), p.position(), p.templateId(), p.seed(), p.score(),
                p.misconception(), typed);
    }
}
