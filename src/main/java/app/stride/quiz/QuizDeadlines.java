package app.stride.quiz;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands in attempts whose time ran out while nobody had them open (a closed laptop, a lost
 * connection), so that a teacher's results and CSV have a score for every attempt; and moves
 * mastery with the grades of quizzes that showed them only once closed, when they close. Each attempt
 * is handed in in a transaction of its own, through the same idempotent step as the student's.
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

    /**
     * Every half minute, on one node at a time: a node that finds the lock taken skips the round.
     * Two sweeps at once would still hand every attempt in once (the hand-in checks the attempt
     * afresh in its own transaction and the attempt's version lets only one writer win); the lock
     * spares the nodes the duplicate work and the lost races. At most 2 minutes: a node killed
     * mid-sweep holds the others up no longer.
     */
    @Scheduled(fixedDelayString = "${stride.quiz.deadline-sweep:PT30S}", initialDelayString = "PT30S")
    @SchedulerLock(name = SWEEP_LOCK, lockAtMostFor = "PT2M")
    public void scheduledSweep() {
        sweep();
    }

    /** The name of the sweep's lock row in {@code shedlock}. */
    static final String SWEEP_LOCK = "quiz-deadline-sweep";

    /** All quizzes, now; returns how many this sweep handed in. */
    public int sweep() {
        int handedIn = handIn(attempts.overdue(cutoff()));
        if (handedIn > 0) {
            LOG.info("Handed in {} attempt(s) whose time ran out.", handedIn);
        }
        feedMastery(attempts.unfedClosed(clock.instant()));
        return handedIn;
    }

    /** Attempts of quizzes that have closed since their grades were hidden: now they move mastery. */
    private void feedMastery(List<Long> unfed) {
        for (long id : unfed) {
            try {
                submission.feedMastery(id);
            } catch (RuntimeException e) {
                LOG.warn("The grades of attempt {} could not move mastery yet", id, e);
            }
        }
    }

    /** One quiz's overdue attempts, now: before its results are read. */
    int handInOverdue(long quizId) {
        return handIn(attempts.overdueOfQuiz(quizId, cutoff()));
    }

    /** One student's overdue attempts, now: before their own list is read. */
    int handInOverdueOfUser(long userId) {
        return handIn(attempts.overdueOfUser(userId, cutoff()));
    }

    /**
     * Each attempt by itself: one that cannot be handed in (its template gone from the bank, say)
     * is logged and left for the next sweep, and does not hold up the others or the page that asked.
     */
    private int handIn(List<Long> overdue) {
        int handedIn = 0;
        for (long id : overdue) {
            try {
                handedIn += submission.handInAtDeadline(id) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("Attempt {} is overdue but could not be handed in", id, e);
            }
        }
        return handedIn;
    }

    private Instant cutoff() {
        return clock.instant().minus(QuizSubmission.GRACE);
    }
}
