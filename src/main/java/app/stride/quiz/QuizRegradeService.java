package app.stride.quiz;

import app.stride.account.AccountService;
import app.stride.account.CurrentUser;
import app.stride.account.UserSummary;
import app.stride.bank.QuestionBank;
import app.stride.bank.StoredExercise;
import app.stride.base.UnsafeText;
import app.stride.exercise.Exercise;
import app.stride.grading.Feedback;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's second look at grades: their own mark for one part of a handed-in question, with a
 * comment the student reads; and a regrade of a quiz's handed-in attempts against the bank's
 * current key (after a template or key fix), first as a preview of whose scores change. Both keep
 * every teacher's mark and are recorded by {@link QuizAudit}. Mastery already moved is not moved
 * again: it follows practice, and a regrade corrects the quiz's grades.
 */
@Service
@Transactional
@Secured({"ROLE_TEACHER", "ROLE_ADMIN"})
public class QuizRegradeService {

    private final QuizRepository quizzes;
    private final QuizAttemptRepository attempts;
    private final QuizQuestionRepository questions;
    private final QuizAnswerRepository answers;
    private final QuizOverrideRepository overrides;
    private final QuestionBank bank;
    private final QuizAudit audit;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    QuizRegradeService(QuizRepository quizzes, QuizAttemptRepository attempts, QuizQuestionRepository questions,
                       QuizAnswerRepository answers, QuizOverrideRepository overrides, QuestionBank bank,
                       QuizAudit audit, AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.questions = questions;
        this.answers = answers;
        this.overrides = overrides;
        this.bank = bank;
        this.audit = audit;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Sets the teacher's mark ({@code percent}, 0 to 100) for one part of a handed-in question, with
     * a comment for the student; the question's and the attempt's scores follow at once.
     */
    public void override(long questionId, String partId, double percent, String comment) {
        QuizQuestion q = questions.findById(questionId)
                .orElseThrow(() -> new QuizInputException("question", "quiz.error.question"));
        QuizAttempt attempt = handedIn(q);
        Exercise exercise = bank.restore(q.getTemplateId(), q.getSeed(), q.getStored());
        if (partId == null || exercise.template().parts().stream().noneMatch(p -> p.id().equals(partId))) {
            throw new QuizInputException("part", "quiz.error.question");
        }
        if (!Double.isFinite(percent) || percent < 0 || percent > 100) {
            throw new QuizInputException("mark", "quiz.override.error.mark");
        }
        // a comment may be pasted from anywhere: line breaks stay, anything unsafe (a NUL, which
        // PostgreSQL cannot hold) is kept as U+FFFD rather than refusing the teacher's text
        String text = comment == null ? "" : UnsafeText.cleanKeepingLineBreaks(comment.strip());
        if (text.isEmpty() || text.length() > QuizOverride.MAX_COMMENT) {
            throw new QuizInputException("comment", "quiz.override.error.comment");
        }
        QuizOverride mark = overrides.findById(new QuizOverride.Key(questionId, partId))
                .orElseGet(() -> new QuizOverride(questionId, partId));
        mark.set(percent / 100, text, currentUser.id(), clock.instant());
        overrides.save(mark);
        Double before = attempt.getScore();
        rescore(attempt);
        audit.record(attempt.getQuizId(), attempt.getId(), attempt.getUserId(), QuizAudit.Action.OVERRIDE,
                "q" + (q.getPosition() + 1) + " " + partId + " = " + format(percent / 100) + " (" + format(before)
                        + " → " + format(attempt.getScore()) + "): " + text);
    }

    /** Removes the teacher's mark of a part: the grader's stands again. */
    public void removeOverride(long questionId, String partId) {
        QuizQuestion q = questions.findById(questionId)
                .orElseThrow(() -> new QuizInputException("question", "quiz.error.question"));
        QuizAttempt attempt = handedIn(q);
        QuizOverride.Key key = new QuizOverride.Key(questionId, partId);
        if (!overrides.existsById(key)) {
            return;
        }
        overrides.deleteById(key);
        overrides.flush();
        rescore(attempt);
        audit.record(attempt.getQuizId(), attempt.getId(), attempt.getUserId(), QuizAudit.Action.OVERRIDE,
                "q" + (q.getPosition() + 1) + " " + partId + " removed");
    }

    /** The attempt of a question, handed in, of a quiz this teacher may manage. */
    private QuizAttempt handedIn(QuizQuestion q) {
        QuizAttempt attempt = attempts.findById(q.getAttemptId()).orElseThrow();
        QuizAccess.own(quizzes, attempt.getQuizId(), currentUser.id());
        if (!attempt.isSubmitted()) {
            throw new QuizInputException("question", "quiz.override.error.open");
        }
        return attempt;
    }

    /** Grades every question of one attempt again, as it was drawn, with the teacher's marks. */
    private void rescore(QuizAttempt attempt) {
        Map<Long, QuizSubmission.Answers> given = QuizSubmission.grouped(answers.ofAttempt(attempt.getId()));
        Map<Long, Map<String, Double>> marks = QuizOverrideRepository.byQuestion(overrides.ofAttempt(attempt.getId()));
        List<QuizQuestion> all = questions.findByAttemptIdOrderByPosition(attempt.getId());
        double total = 0;
        for (QuizQuestion q : all) {
            Exercise exercise = bank.restore(q.getTemplateId(), q.getSeed(), q.getStored());
            Regraded r = grade(q, exercise, given, marks);
            total += r.score;
            q.grade(r.score, r.mistake);
        }
        attempt.rescore(all.isEmpty() ? 0 : total / all.size());
    }

    private record Regraded(double score, String mistake) {
    }

    private Regraded grade(QuizQuestion q, Exercise exercise, Map<Long, QuizSubmission.Answers> given,
                           Map<Long, Map<String, Double>> marks) {
        QuizSubmission.Answers a = given.getOrDefault(q.getId(), QuizSubmission.Answers.NONE);
        Feedback feedback = bank.grade(exercise, a.typed(), a::languageOf);
        return new Regraded(feedback.scoreWith(marks.getOrDefault(q.getId(), Map.of()), exercise),
                feedback.firstMistake());
    }

    /** One question whose score a regrade changes. */
    public record QuestionChange(int number, String templateId, Double before, double after) {
    }

    /** One student's attempt whose score a regrade changes, with the questions that do. */
    public record AttemptChange(long attemptId, String student, Double before, double after,
                                List<QuestionChange> questions) {
    }

    /** What a regrade against the current key would change; nothing is written. */
    @Transactional(readOnly = true)
    public List<AttemptChange> preview(long quizId) {
        return regrade(quizId, false);
    }

    /**
     * Regrades the quiz's handed-in attempts against the bank's current key and keeps the result:
     * the changed questions get their new score and are kept as now drawn (so reviews show the new
     * key), their attempts their new total. Returns what changed; a second run changes nothing.
     */
    public List<AttemptChange> apply(long quizId) {
        List<AttemptChange> changed = regrade(quizId, true);
        if (!changed.isEmpty()) {
            audit.record(quizId, null, null, QuizAudit.Action.REGRADE, changed.size() + " attempt(s): "
                    + String.join("; ", changed.stream().map(c -> c.student() + " " + format(c.before()) + " → "
                    + format(c.after())).toList()));
        }
        return changed;
    }

    /**
     * Five statements whatever the class: the quiz, the attempts, their questions, answers and
     * marks (and the names); then writes only for what changed.
     */
    private List<AttemptChange> regrade(long quizId, boolean write) {
        QuizAccess.own(quizzes, quizId, currentUser.id());
        Map<Long, QuizAttemptRepository.Result> handedIn = new LinkedHashMap<>();
        attempts.results(quizId).stream().filter(a -> a.submittedAt() != null).forEach(a -> handedIn.put(a.id(), a));
        if (handedIn.isEmpty()) {
            return List.of();
        }
        Map<Long, QuizSubmission.Answers> given = QuizSubmission.grouped(answers.ofHandedIn(quizId));
        Map<Long, Map<String, Double>> marks = QuizOverrideRepository.byQuestion(overrides.ofQuiz(quizId));
        Map<Long, List<QuizQuestion>> byAttempt = new LinkedHashMap<>();
        questions.ofHandedIn(quizId).forEach(q -> byAttempt.computeIfAbsent(q.getAttemptId(), id -> new ArrayList<>())
                .add(q));
        Map<Long, UserSummary> people = accounts.summaries(handedIn.values().stream()
                .map(QuizAttemptRepository.Result::userId).distinct().toList());
        List<AttemptChange> changes = new ArrayList<>();
        Map<Long, Double> newTotals = new HashMap<>();
        byAttempt.forEach((attemptId, qs) -> {
            List<QuestionChange> changed = new ArrayList<>();
            double total = 0;
            for (QuizQuestion q : qs) {
                Exercise drawn = bank.restore(q.getTemplateId(), q.getSeed(), q.getStored());
                Exercise current = bank.generate(q.getTemplateId(), q.getSeed());
                // the student answered the numbers they saw: a template that now draws other numbers
                // for this seed cannot regrade the question, which keeps the key it was drawn with
                Exercise now = current.params().equals(drawn.params()) ? current : drawn;
                Regraded r = grade(q, now, given, marks);
                total += r.score;
                StoredExercise kept = bank.store(now);
                boolean keyChanged = now == current && !Objects.equals(kept, q.getStored());
                if (!Objects.equals(q.getScore(), r.score)) {
                    changed.add(new QuestionChange(q.getPosition() + 1, q.getTemplateId(), q.getScore(), r.score));
                }
                if (write && (keyChanged || !Objects.equals(q.getScore(), r.score))) {
                    q.grade(r.score, r.mistake);
                    if (now == current) {
                        q.redrawn(kept);
                    }
                }
            }
            double after = qs.isEmpty() ? 0 : total / qs.size();
            QuizAttemptRepository.Result a = handedIn.get(attemptId);
            if (!changed.isEmpty() || !Objects.equals(a.score(), after)) {
                UserSummary who = people.get(a.userId());
                changes.add(new AttemptChange(attemptId, who == null ? "#" + a.userId()
                        : who.displayName() + " (" + who.username() + ")", a.score(), after, changed));
                newTotals.put(attemptId, after);
            }
        });
        if (write && !newTotals.isEmpty()) {
            attempts.findAllById(newTotals.keySet()).forEach(a -> a.rescore(newTotals.get(a.getId())));
        }
        return changes;
    }

    private static String format(Double score) {
        return score == null ? "—" : String.format(Locale.ROOT, "%.0f%%", score * 100);
    }
}
