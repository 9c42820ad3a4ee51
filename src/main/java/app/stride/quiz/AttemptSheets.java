package app.stride.quiz;

import app.stride.bank.QuestionBank;
import app.stride.bank.StoredExercise;
import app.stride.grading.AnswerLanguage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads an attempt as an {@link AttemptSheet}, in one statement whatever the number of questions. */
@Component
class AttemptSheets {

    /** A sheet with whom it belongs to, for the caller's access check. */
    record Read(long userId, long ownerId, long quizId, AttemptSheet sheet) {
    }

    private final QuizAttemptRepository attempts;
    private final Clock clock;
    private final QuestionBank bank;
    private final QuizOverrideRepository overrides;

    AttemptSheets(QuizAttemptRepository attempts, Clock clock, QuestionBank bank, QuizOverrideRepository overrides) {
        this.overrides = overrides;
        this.attempts = attempts;
        this.clock = clock;
        this.bank = bank;
    }

    @Transactional(readOnly = true)
    Optional<Read> read(long attemptId) {
        List<QuizAttemptRepository.SheetRow> rows = attempts.sheet(attemptId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        QuizAttemptRepository.SheetRow a = rows.get(0);
        // a teacher's marks exist only on handed-in attempts: an attempt in progress reads none
        Map<Long, Map<String, AttemptSheet.Mark>> marks = new LinkedHashMap<>();
        if (a.submittedAt() != null) {
            overrides.ofAttempt(attemptId).forEach(o -> marks.computeIfAbsent(o.questionId(), id -> new LinkedHashMap<>())
                    .put(o.partId(), new AttemptSheet.Mark(o.score(), o.comment())));
        }
        return Optional.of(new Read(a.userId(), a.ownerId(), a.quizId(), sheet(a, questionsOf(rows, marks))));
    }

    private AttemptSheet sheet(QuizAttemptRepository.SheetRow a, List<AttemptSheet.Question> questions) {
        Instant now = clock.instant();
        boolean exam = a.status() == QuizStatus.EXAM;
        boolean submitted = a.submittedAt() != null;
        Duration left = submitted ? Duration.ZERO : Duration.between(now, a.deadline());
        return new AttemptSheet(a.id(), a.version(), exam ? null : a.title(), exam, a.policy(), a.deadline(),
                a.submittedAt(), a.autoSubmitted(), a.score(),
                Quiz.feedbackVisible(a.policy(), a.closesAt(), submitted, now),
                !submitted && QuizSubmission.expired(a.deadline(), now),
                left.isNegative() ? Duration.ZERO : left, questions);
    }

    /** The rows come one per saved part (or one with a null part), ordered by question. */
    private List<AttemptSheet.Question> questionsOf(List<QuizAttemptRepository.SheetRow> rows,
                                                    Map<Long, Map<String, AttemptSheet.Mark>> marks) {
        Map<Long, QuizAttemptRepository.SheetRow> first = new LinkedHashMap<>();
        Map<Long, Map<String, String>> typed = new LinkedHashMap<>();
        Map<Long, Map<String, Locale>> languages = new LinkedHashMap<>();
        for (QuizAttemptRepository.SheetRow row : rows) {
            if (row.questionId() == null) {
                continue;
            }
            first.putIfAbsent(row.questionId(), row);
            Map<String, String> parts = typed.computeIfAbsent(row.questionId(), id -> new LinkedHashMap<>());
            Map<String, Locale> typedIn = languages.computeIfAbsent(row.questionId(), id -> new LinkedHashMap<>());
            if (row.partId() != null) {
                parts.put(row.partId(), row.typed());
                // English, the default, is left out: a sheet in a session keeps only what differs
                Locale language = AnswerLanguage.locale(row.lang());
                if (!language.equals(Locale.ENGLISH)) {
                    typedIn.put(row.partId(), language);
                }
            }
        }
        List<AttemptSheet.Question> questions = new ArrayList<>();
        first.forEach((id, q) -> questions.add(new AttemptSheet.Question(id, q.position(), q.templateId(), q.seed(),
                q.questionScore(), q.misconception(), typed.get(id), languages.get(id), drawn(q),
                marks.getOrDefault(id, Map.of()))));
        return questions;
    }

    /** The exercise as drawn, where the bank would now draw another one. */
    private StoredExercise drawn(QuizAttemptRepository.SheetRow q) {
        boolean current = q.templateVersion() == null || bank.version(q.templateId()).map(q.templateVersion()::equals)
                .orElse(false);
        return current ? null : new StoredExercise(q.templateVersion(), q.drawnExercise());
    }
}
