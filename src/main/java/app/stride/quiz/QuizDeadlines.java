package app.stride.quiz;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands in attempts whose time ran out while nobody had them open (a closed laptop, a lost
 * connection), so that a teacher's results and CSV have a score for every attempt.
 */
@Component
class QuizDeadlines {

    private static final Logger LOG = LoggerFactory.getLogger(QuizDeadlines.class);

    private final QuizAttemptRepository attempts;
    private final QuizSubmission submission;
    private final Clock clock;

    QuizDeadlines(QuizAttemptRepository attempts, QuizSubmission submission, Clock clock) {
        this.attempts = attempts;
        this.submission = submission;
        this.clock = clock;
    }

    /** Every half minute, all quizzes; returns how many were handed in. */
    @Scheduled(fixedDelayString = "${stride.quiz.deadline-sweep:PT30S}", initialDelayString = "PT30S")
    @Transactional
    public int sweep() {
        Instant cutoff = clock.instant().minus(QuizSubmission.GRACE);
        var late = attempts.findBySubmittedAtIsNullAndDeadlineBefore(cutoff);
        late.forEach(a -> submission.handIn(a, a.getDeadline(), true));
        if (!late.isEmpty()) {
            LOG.info("Handed in {} attempt(s) whose time ran out.", late.size());
        }
        return late.size();
    }

    /** One quiz, now, in a transaction of its own: before its results are read. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sweep(long quizId) {
        Instant cutoff = clock.instant().minus(QuizSubmission.GRACE);
        attempts.findByQuizIdAndSubmittedAtIsNullAndDeadlineBefore(quizId, cutoff)
                .forEach(a -> submission.handIn(a, a.getDeadline(), true));
    }

    /** One attempt, now, in a transaction of its own: before a teacher reads it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void sweepAttempt(long attemptId) {
        Instant now = clock.instant();
        attempts.findById(attemptId).filter(a -> !a.isSubmitted() && QuizSubmission.expired(a, now))
                .ifPresent(a -> submission.handIn(a, a.getDeadline(), true));
    }
}
