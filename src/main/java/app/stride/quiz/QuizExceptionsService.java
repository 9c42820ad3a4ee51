package app.stride.quiz;

import app.stride.account.AccountService;
import app.stride.account.CurrentUser;
import app.stride.account.UserSummary;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a teacher changes for one student or for the whole quiz once it runs: extra time, an extra
 * attempt, a handed-in attempt reopened, the quiz closed now or at a new time, the quiz deleted.
 * Every change is recorded by {@link QuizAudit} in its own transaction. A change that shortens
 * attempts never hands them in itself: attempts whose new deadline has passed are handed in, with
 * what was saved, by the one idempotent hand-in path (the deadline sweep, or the results page).
 */
@Service
@Transactional
@Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
public class QuizExceptionsService {

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuizQuestionRepository questions;
    private final QuizAllowanceRepository allowances;
    private final QuizAudit audit;
    private final QuizAuditRepository auditLines;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final EntityManager entities;
    private final Clock clock;

    QuizExceptionsService(QuizRepository quizzes, QuizAttemptRepository attempts, QuizQuestionRepository questions,
                          QuizAllowanceRepository allowances, QuizAudit audit, QuizAuditRepository auditLines,
                          AccountService accounts, CurrentUser currentUser, EntityManager entities, Clock clock) {
        this.auditLines = auditLines;
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.questions = questions;
        this.allowances = allowances;
        this.audit = audit;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * Extra minutes for the student of an attempt, at this quiz: their attempt in progress gets them
     * at once (also past the quiz's closing time), and every attempt they start later gets them too.
     */
    public void extraTime(long attemptId, int minutes) {
        QuizAttempt attempt = managedAttempt(attemptId);
        checkMinutes(minutes);
        allowance(attempt.getQuizId(), attempt.getUserId()).addMinutes(minutes);
        if (!attempt.isSubmitted() && !QuizSubmission.expired(attempt.getDeadline(), clock.instant())) {
            attempt.extend(Duration.ofMinutes(minutes));
        }
        audit.record(attempt.getQuizId(), attemptId, attempt.getUserId(), QuizAudit.Action.EXTRA_TIME,
                "+" + minutes + " min");
    }

    /**
     * Extra minutes, given before the student has started: a member of the quiz's group (an
     * accommodation known in advance). Every attempt they start gets them.
     */
    public void extraTimeBeforeStart(long quizId, long studentId, int minutes) {
        managedMember(quizId, studentId);
        checkMinutes(minutes);
        allowance(quizId, studentId).addMinutes(minutes);
        audit.record(quizId, null, studentId, QuizAudit.Action.EXTRA_TIME, "+" + minutes + " min");
    }

    /** One attempt more for the student of an attempt, than the quiz allows everyone. */
    public void extraAttempt(long attemptId) {
        QuizAttempt attempt = managedAttempt(attemptId);
        allowance(attempt.getQuizId(), attempt.getUserId()).addAttempt();
        audit.record(attempt.getQuizId(), attemptId, attempt.getUserId(), QuizAudit.Action.EXTRA_ATTEMPT, "+1");
    }

    /** One attempt more than the quiz allows everyone, for a group member who has not started. */
    public void extraAttemptBeforeStart(long quizId, long studentId) {
        managedMember(quizId, studentId);
        allowance(quizId, studentId).addAttempt();
        audit.record(quizId, null, studentId, QuizAudit.Action.EXTRA_ATTEMPT, "+1");
    }

    private static void checkMinutes(int minutes) {
        if (minutes < 1 || minutes > QuizAllowance.MAX_MINUTES) {
            throw new QuizInputException("minutes", "quiz.exception.error.minutes");
        }
    }

    /**
     * A handed-in attempt open again until {@code until}, with its answers as saved; its questions
     * are graded again when it is handed in again, once (see {@link QuizAttempt#reopen}).
     */
    public void reopen(long attemptId, Instant until) {
        QuizAttempt attempt = managedAttempt(attemptId);
        if (!attempt.isSubmitted()) {
            throw new QuizInputException("until", "quiz.exception.error.notsubmitted");
        }
        if (until == null || !until.isAfter(clock.instant())) {
            throw new QuizInputException("until", "quiz.exception.error.past");
        }
        attempt.reopen(until);
        questions.findByAttemptIdOrderByPosition(attemptId).forEach(QuizQuestion::ungrade);
        audit.record(attempt.getQuizId(), attemptId, attempt.getUserId(), QuizAudit.Action.REOPEN,
                "until " + until);
    }

    /** Closes an open quiz at once: no one starts any more, and attempts in progress end now. */
    public void closeNow(long quizId) {
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        Instant now = clock.instant();
        if (!quiz.isOpen(now)) {
            throw new QuizInputException("close", "quiz.exception.error.notopen");
        }
        quiz.closeAt(now);
        cutAttempts(quizId, now, false);
        audit.record(quizId, null, null, QuizAudit.Action.CLOSE_NOW, null);
    }

    /**
     * A new closing time for a published quiz: later, or earlier (attempts in progress then end at
     * it, plus any extra minutes their student was given).
     */
    public void closeAt(long quizId, Instant closesAt) {
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        Instant now = clock.instant();
        if (quiz.getStatus() != QuizStatus.PUBLISHED) {
            throw new QuizInputException("closesAt", "quiz.exception.error.notpublished");
        }
        if (closesAt == null || !closesAt.isAfter(now)) {
            throw new QuizInputException("closesAt", "quiz.exception.error.past");
        }
        if (quiz.getOpensAt() != null && !closesAt.isAfter(quiz.getOpensAt())) {
            throw new QuizInputException("closesAt", "quiz.error.window");
        }
        Instant before = quiz.getClosesAt();
        quiz.closeAt(closesAt);
        cutAttempts(quizId, closesAt, true);
        audit.record(quizId, null, null, QuizAudit.Action.CLOSING_TIME, before + " → " + closesAt);
    }

    /** Attempts in progress end by {@code latest}; with {@code allowances}, plus their student's extra minutes. */
    private void cutAttempts(long quizId, Instant latest, boolean withAllowances) {
        for (QuizAttempt a : attempts.inProgress(quizId)) {
            int extra = withAllowances
                    ? allowances.of(quizId, a.getUserId()).map(QuizAllowance::getExtraMinutes).orElse(0) : 0;
            a.cutTo(latest.plus(Duration.ofMinutes(extra)));
        }
    }

    /**
     * Deletes a quiz with every attempt, question, answer, allowance and audit line, once the
     * teacher has typed its title: there is no undo (archive is the gentle way). What its
     * attempts did to students' mastery stays.
     */
    public void delete(long quizId, String typedTitle) {
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        if (quiz.isExam()) {
            throw new QuizInputException("quiz", "quiz.error.unknown");
        }
        if (typedTitle == null || !typedTitle.strip().equals(quiz.getTitle().strip())) {
            throw new QuizInputException("title", "quiz.delete.error.title");
        }
        entities.createQuery("delete from QuizAnswer an where an.questionId in (select q.id from QuizQuestion q"
                + " where q.attemptId in (select a.id from QuizAttempt a where a.quizId = :quiz))")
                .setParameter("quiz", quizId).executeUpdate();
        entities.createQuery("delete from QuizQuestion q where q.attemptId in"
                + " (select a.id from QuizAttempt a where a.quizId = :quiz)").setParameter("quiz", quizId).executeUpdate();
        entities.createQuery("delete from QuizAttempt a where a.quizId = :quiz").setParameter("quiz", quizId)
                .executeUpdate();
        allowances.deleteByQuiz(quizId);
        auditLines.deleteByQuiz(quizId);
        quizzes.delete(quiz);
    }

    /** One line of a quiz's history with the names of who did it and to whom. */
    public record HistoryLine(Instant at, String actor, String student, String action, String detail) {
    }

    /** What was changed of the quiz once it ran, newest first: two statements. */
    @Transactional(readOnly = true)
    public List<HistoryLine> history(long quizId) {
        QuizAccess.own(quizzes, quizId, currentUser.id());
        List<QuizAudit.Line> lines = audit.of(quizId);
        Set<Long> people = new HashSet<>();
        lines.forEach(l -> {
            people.add(l.actorId());
            if (l.studentId() != null) {
                people.add(l.studentId());
            }
        });
        Map<Long, UserSummary> names = people.isEmpty() ? Map.of() : accounts.summaries(people);
        return lines.stream().map(l -> new HistoryLine(l.at(), name(names, l.actorId()),
                l.studentId() == null ? null : name(names, l.studentId()), l.action().name(), l.detail())).toList();
    }

    private static String name(Map<Long, UserSummary> names, long id) {
        UserSummary who = names.get(id);
        return who == null ? "#" + id : who.displayName() + " (" + who.username() + ")";
    }

    /** The attempt, for a teacher who may manage its quiz. */
    private QuizAttempt managedAttempt(long attemptId) {
        QuizAttempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new QuizInputException("attempt", "quiz.error.unknown"));
        Quiz quiz = QuizAccess.own(quizzes, attempt.getQuizId(), currentUser.id());
        if (quiz.isExam()) {
            throw new QuizInputException("attempt", "quiz.error.unknown");
        }
        return attempt;
    }

    /**
     * A quiz the teacher may manage, limited to a group the student is in: before a first attempt,
     * the group is what puts a student in a teacher's reach.
     */
    private void managedMember(long quizId, long studentId) {
        Quiz quiz = QuizAccess.own(quizzes, quizId, currentUser.id());
        if (quiz.isExam() || quiz.getGroupId() == null || !quizzes.memberOf(quiz.getGroupId(), studentId)) {
            throw new QuizInputException("student", "quiz.error.unknown");
        }
    }

    private QuizAllowance allowance(long quizId, long userId) {
        return allowances.of(quizId, userId).orElseGet(() -> allowances.save(new QuizAllowance(quizId, userId)));
    }
}
