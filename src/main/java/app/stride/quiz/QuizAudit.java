package app.stride.quiz;

import app.stride.account.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what of a quiz once students were in, in the transaction of the change
 * itself: a change that rolls back leaves no line, and no change is made without one.
 */
@Component
class QuizAudit {

    /** What a teacher did; the names are stored, so they never change. */
    enum Action {
        EXTRA_TIME, EXTRA_ATTEMPT, REOPEN, CLOSE_NOW, CLOSING_TIME, OVERRIDE, REGRADE
    }

    /** One line as a page shows it: {@code actorId} and {@code studentId} are resolved to names by the caller. */
    record Line(Instant at, long actorId, Long studentId, Long attemptId, Action action, String detail) {
    }

    private final QuizAuditRepository lines;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuizAudit(QuizAuditRepository lines, CurrentUser currentUser, Clock clock) {
        this.lines = lines;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action of the signed-in user; must run inside the transaction that makes the change. */
    @Transactional(propagation = Propagation.MANDATORY)
    Instant record(long quizId, Long attemptId, Long studentId, Action action, String detail) {
        Instant now = clock.instant();
        lines.save(new QuizAuditEntry(quizId, attemptId, studentId, currentUser.id(), action, detail, now));
        return now;
    }

    @Transactional(readOnly = true)
    List<Line> of(long quizId) {
        return lines.ofQuiz(quizId).stream().map(l -> new Line(l.at(), l.actorId(), l.studentId(), l.attemptId(),
                Action.valueOf(l.action()), l.detail())).toList();
    }
}
